/**
 * A real pathological input: a valid PDF with a huge page count (every page shares one tiny content
 * stream), as produced by broken mail-merge exports. Importing it takes minutes, so it exercises the
 * per-file timeout without any test hook in the library.
 */

/**
 * @param pages Page count.
 * @returns The PDF bytes (PDF 1.4, classic xref table).
 */
export function manyPagesPdf(pages: number): Buffer {
  const chunks: string[] = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const add = (id: number, body: string): void => {
    offsets[id] = length;
    const text = `${id} 0 obj\n${body}\nendobj\n`;
    chunks.push(text);
    length += Buffer.byteLength(text, 'latin1');
  };
  const first = 5;
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) kids.push(`${first + i} 0 R`);
  add(1, '<< /Type /Catalog /Pages 2 0 R >>');
  add(
    2,
    `<< /Type /Pages /Count ${pages} /Resources << /Font << /F1 4 0 R >> >> /MediaBox [0 0 612 792] /Kids [${kids.join(' ')}] >>`,
  );
  const content = 'BT /F1 12 Tf 72 720 Td (Annual report page) Tj ET';
  add(3, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  add(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let i = 0; i < pages; i++) add(first + i, '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>');
  const count = first + pages;
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let id = 1; id < count; id++) xref += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  chunks.push(xref, `trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(chunks.join(''), 'latin1');
}
