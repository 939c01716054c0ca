/**
 * What the "add an existing workshop" field was given: a bare workshop id, or a whole
 * console link (`…/f/ID#key=KEY`) from which both come. Anything else gives nothing.
 */
export function parseWorkshopInput(input: string): { workshopId: string; key?: string } | null {
  const text = input.trim();
  if (/^[A-Za-z0-9_-]{1,64}$/.test(text)) return { workshopId: text };
  const link = /\/f\/([A-Za-z0-9_-]{1,64})\/?(?:[?#].*)?$/.exec(text);
  if (!link) return null;
  const key = new URLSearchParams(text.split('#')[1] ?? '').get('key');
  return { workshopId: link[1]!, ...(key ? { key } : {}) };
}
