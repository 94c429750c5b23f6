/**
 * A one-page PDF written from scratch (not a test file): Helvetica text and stroked lines at given
 * positions, in top-down page coordinates (as the importer sees them), so that a test can draw the
 * exact rulings it needs.
 */

/** A text run: its left edge and baseline, from the top-left corner of an A4 page. */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** A stroked line from (x1, y1) to (x2, y2), from the top-left corner. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const PAGE_HEIGHT = 842;

/** `(…)` string escapes of a PDF literal string. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (ch) => `\\${ch}`)})`;
}

/**
 * @param texts Text runs (ASCII: Helvetica, WinAnsi).
 * @param rules Lines, each stroked on its own (`m l S`), 0.5 pt wide.
 * @returns The PDF's bytes (PDF 1.4, classic xref table).
 */
export function onePagePdf(texts: readonly PdfText[], rules: readonly PdfRule[]): Buffer {
  const content = [
    '0.5 w',
    ...rules.map(({ x1, y1, x2, y2 }) => `${x1} ${PAGE_HEIGHT - y1} m ${x2} ${PAGE_HEIGHT - y2} l S`),
    ...texts.map(({ x, y, text, size = 10 }) => `BT /F1 ${size} Tf ${x} ${PAGE_HEIGHT - y} Td ${literal(text)} Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
