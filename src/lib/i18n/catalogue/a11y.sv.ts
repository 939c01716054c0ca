/**
 * Swedish messages of the accessibility area that every page shows (the footer link);
 * merged into the catalogue in ../sv.ts. The statement's own texts are in
 * a11y-statement.sv.ts, a staff chunk: phones download them only on that page.
 */
export const a11ySv = {
  'a11y.footerLink': 'Tillgänglighet'
} as const;
