import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text and page count, read with Mozilla's pdf.js (its legacy build runs on
 * Node 20). Text items are joined as a reader would see them: a line ends where pdf.js
 * says it does.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ totalPages: number; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const totalPages = pdf.numPages;
  await pdf.destroy();
  return { totalPages, text: pages.join('\n') };
}
