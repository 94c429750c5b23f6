/**
 * Row markers: what starts the label of a statistics-table row (一、 (一) （一） 1. 1、 １． (1) ① 其中). The
 * one pattern for the stages that find rows in unruled text: table rebuilding
 * (src/normalise/tables/cell-types.ts) and the PDF importer's borderless tables
 * (src/importers/pdf-borderless.ts). Narrative paragraph markers (src/importers/pdf-layout.ts) and the
 * markers a label loses before matching (src/templates/normalise-label.ts) are other lists: they start
 * paragraphs or are stripped from canonical text, and know 第一部分, 附件 or 合计: besides.
 */

/** A row marker at the start of a label (a number followed by a digit, 1.5, is none). */
export const ROW_MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、](?![0-9０-９])|[①-⑳]|其中)/;

/**
 * @param text A label.
 * @returns Whether it starts with a row marker.
 */
export const startsWithMarker = (text: string): boolean => ROW_MARKER.test(text.trimStart());
