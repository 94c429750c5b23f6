/**
 * Renders one statistics table the ways it really reaches report text (issue #8): pipe rows, TSV
 * from a browser copy, space-aligned PDF text, one cell per line from a scraped page, and any of
 * these broken by a page break with furniture and a repeated header.
 *
 * A table is given in the pipe convention: title rows (one spanning cell each), header rows with one
 * cell per column (merged cells as ''), data rows as label cells then one cell per typed column.
 */

/** A table in the pipe convention. */
export interface TableFixture {
  /** Rows that span the table above the header: the 统计表 title, a 第二十条第(一)项 clause. */
  titles: string[];
  /** Header rows, one cell per column, merged cells as ''. */
  header: string[][];
  /** Data rows: label cells, then `typed` cells (unit and values). */
  rows: string[][];
  /** Number of trailing typed cells of every data row (unit column + value columns). */
  typed: number;
}

/** Lines of a rendered table, per part, so that a page break can repeat the title and header. */
export interface RenderedParts {
  title: string[];
  header: string[];
  /** Lines of each data row. */
  rows: string[][];
}

const width = (text: string): number =>
  [...text].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));
const centre = (text: string, to: number): string => {
  const left = Math.floor((to - width(text)) / 2);
  return pad(' '.repeat(Math.max(0, left)) + text, to);
};

/** The column count of a table. */
export const columnCount = (table: TableFixture): number => table.header[0]?.length ?? 0;

/**
 * @param cells Cells.
 * @returns The pipe row `a | b |`, an empty cell as a bare `|`.
 */
export function pipeRow(cells: readonly string[]): string {
  return cells.map((c) => (c === '' ? '|' : `${c} |`)).join(' ');
}

/**
 * Rendering 1: pipe rows, as the HTML and DOCX importers write them.
 * @param table The table.
 * @returns The parts.
 */
export function renderPipe(table: TableFixture): RenderedParts {
  const n = columnCount(table);
  return {
    title: table.titles.map((t) => pipeRow([t, ...new Array<string>(n - 1).fill('')])),
    header: table.header.map(pipeRow),
    rows: table.rows.map((r) => [pipeRow(r)]),
  };
}

/** Splits a header cell the way a `<br>` inside it arrives: `年度累计数` → `年度累` + `计数`. */
const brSplit = (cell: string): string =>
  cell.length >= 5 && !/[（(\d]/.test(cell)
    ? `${cell.slice(0, Math.ceil(cell.length / 2))}\n${cell.slice(Math.ceil(cell.length / 2))}`
    : cell;

/**
 * Rendering 2: tab-separated rows from a browser copy of the HTML table. Covered (merged) cells are
 * not copied; header cells that held a `<br>` arrive split over two lines.
 * @param table The table.
 * @param options `wrapRow`: index of a data row whose first label held a `<br>`.
 * @returns The parts.
 */
export function renderTsv(table: TableFixture, options: { wrapRow?: number } = {}): RenderedParts {
  return {
    title: [...table.titles],
    header: table.header.flatMap((row) =>
      row
        .filter((c) => c !== '')
        .map(brSplit)
        .join('\t')
        .split('\n'),
    ),
    rows: table.rows.map((r, i) => {
      const cells = [...r];
      if (i === options.wrapRow && cells[0]) cells[0] = `${cells[0].slice(0, 8)}\n${cells[0].slice(8)}`;
      return cells.join('\t').split('\n');
    }),
  };
}

/** PDF text splits header words: `统 计 指 标`, `计量 单位`. */
const spaced = (cell: string): string =>
  cell.length === 4 && !/\d/.test(cell)
    ? cell.startsWith('统计')
      ? [...cell].join(' ')
      : `${cell.slice(0, 2)} ${cell.slice(2)}`
    : cell.replace(/^(\d{4})(年)/, '$1 $2');

/**
 * Rendering 3: space-aligned columns from PDF text. Empty cells vanish; long labels wrap, the
 * first part alone on its line; header words are split by spaces, and the last word of the first
 * header row is split over two lines (`年度累计` / `数`).
 * @param table The table.
 * @param options `layout`: pad cells to fixed columns (pdftotext -layout) rather than single spaces (pdf-parse); `wrap`: label width in characters.
 * @returns The parts.
 */
export function renderAligned(table: TableFixture, options: { layout?: boolean; wrap?: number } = {}): RenderedParts {
  const wrap = options.wrap ?? 26;
  const layout = options.layout ?? true;
  const header: string[] = [];
  table.header.forEach((row, r) => {
    const words = row.filter((c) => c !== '').map(spaced);
    const last = words.at(-1) ?? '';
    if (r === 0 && last.length >= 5 && !/[（(]/.test(last)) {
      header.push([...words.slice(0, -1), last.slice(0, -1)].join(layout ? '    ' : ' '), last.slice(-1));
    } else header.push(words.join(layout ? '    ' : ' '));
  });
  const labelOf = (r: readonly string[]): string =>
    r
      .slice(0, r.length - table.typed)
      .filter((c) => c !== '')
      .join(' ');
  const typedOf = (r: readonly string[]): string[] => r.slice(r.length - table.typed);
  const labelWidth = Math.max(0, ...table.rows.map((r) => width([...labelOf(r)].slice(0, wrap).join(''))));
  const colWidth = Array.from(
    { length: table.typed },
    (_, j) => Math.max(4, ...table.rows.map((r) => width(typedOf(r)[j] ?? ''))) + 2,
  );
  const rows = table.rows.map((r) => {
    const label = labelOf(r);
    const chars = [...label];
    const lines: string[] = [];
    let rest = label;
    if (chars.length > wrap) {
      lines.push(chars.slice(0, wrap).join(''));
      rest = chars.slice(wrap).join('');
    }
    const typed = typedOf(r);
    if (layout)
      lines.push((pad(rest, labelWidth) + '  ' + typed.map((c, j) => centre(c, colWidth[j]!)).join('  ')).trimEnd());
    else lines.push([rest, ...typed.filter((c) => c !== '')].filter((c) => c !== '').join(' '));
    return lines;
  });
  return { title: [...table.titles], header, rows };
}

/**
 * Rendering 4: one cell per line, as scraped page text gives.
 * @param table The table.
 * @param options `pipes`: each cell ends in ` |`, spans get filler pipes and an empty cell is a bare `|`;
 *   otherwise cells are indented, separated by blank lines, and empty cells vanish.
 * @returns The parts.
 */
export function renderCells(table: TableFixture, options: { pipes?: boolean } = {}): RenderedParts {
  const pipes = options.pipes ?? true;
  const n = columnCount(table);
  const cell = (text: string, span = 1, i = 0): string[] => {
    if (pipes) return [text === '' ? ' |' : `${text} |${' |'.repeat(span - 1)}`];
    return text === '' ? ['   ', ''] : [`${' '.repeat(i % 3)}${text}`, ''];
  };
  const spanOf = (row: readonly string[], j: number): number => {
    let k = j + 1;
    while (k < row.length && row[k] === '') k++;
    return k - j;
  };
  return {
    title: table.titles.flatMap((t) => cell(t, n)),
    header: table.header.flatMap((row) => row.flatMap((c, j) => (c === '' ? [] : cell(c, spanOf(row, j), j)))),
    rows: table.rows.map((r) => r.flatMap((c, j) => cell(c, 1, j))),
  };
}

/** Page furniture of each kind, as one page break leaves it. */
export const PAGE_BREAKS: readonly (readonly string[])[] = [
  ['', '- 2 -', '', '第 3 页 共 5 页'],
  ['', '-- 3 of 5 --', ''],
  ['第 2 页 共 4 页', '\f'],
];

/**
 * Rendering 5: a rendering broken by a page break after data row `after`, with page furniture and
 * the title and header repeated at the top of the next page.
 * @param parts A rendering's parts.
 * @param after Index of the last data row on the first page.
 * @param furniture Lines the page break leaves.
 * @param repeatTitle Whether the title is repeated too.
 * @returns The lines.
 */
export function withPageBreak(
  parts: RenderedParts,
  after: number,
  furniture: readonly string[] = PAGE_BREAKS[0]!,
  repeatTitle = true,
): string[] {
  return [
    ...parts.title,
    ...parts.header,
    ...parts.rows.slice(0, after + 1).flat(),
    ...furniture,
    ...(repeatTitle ? parts.title : []),
    ...parts.header,
    ...parts.rows.slice(after + 1).flat(),
  ];
}

/**
 * @param parts A rendering's parts.
 * @returns Its lines, in order.
 */
export const linesOf = (parts: RenderedParts): string[] => [...parts.title, ...parts.header, ...parts.rows.flat()];
