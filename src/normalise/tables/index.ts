/**
 * Table renderings → pipe rows, between the raw report text and the grammar.
 *
 * Statistics tables reach the text as pipe rows (HTML/DOCX), tab-separated rows (a browser copy),
 * space-aligned columns (PDF text) or one cell per line (scraped pages), often with page furniture
 * and repeated headers inside. `rebuildTables` finds each table by its known header (header-data.ts),
 * decides the rendering per block, and rewrites the block as pipe rows in the convention of the
 * pipe rendering: `label | unit | value |`, header rows with one cell per column. Narrative lines and
 * pipe rows are never rewritten; every line taken out is reported.
 */
import { append } from '../../arrays.js';
import { createDiagnostic, LineIndex } from '../../diagnostic.js';
import type { Diagnostic } from '../../types.js';
import { detectMode, parseBlock, type Block } from './block.js';
import { compact } from './header-match.js';
import { anchorOffsets, cleanPipeTable, findHeaders, titleAbove } from './scan.js';
import { findTsvRuns } from './tsv-runs.js';
import { rejoinRows, rejoinsAny } from './wrapped-rows.js';

/** The text with its tables rebuilt as pipe rows. */
export interface RebuiltText {
  /** The text with table blocks rewritten as pipe rows; identical to the input when nothing was rebuilt. */
  text: string;
  /** Per output line (0-based): the 0-based original line range (inclusive) it came from; null when the text is unchanged. */
  origins: Array<{ start: number; end: number }> | null;
  /** Positions in the original text. */
  diagnostics: Diagnostic[];
}

/**
 * Formats cells as a pipe row: `a | b |`, an empty cell as a bare `|`.
 * @param cells The cells.
 * @returns The row.
 */
export function pipeRow(cells: readonly string[]): string {
  let row = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (i > 0) row += ' ';
    row += cell === '' ? '|' : `${cell} |`;
  }
  return row;
}

const MODE_NAMES = {
  pipe: 'pipe rows',
  tsv: 'tab-separated rows',
  aligned: 'space-aligned columns',
  cells: 'one cell per line',
} as const;

/** Diagnostics of one block, positioned in the original text. */
function blockDiagnostics(
  block: Block,
  lines: readonly string[],
  index: LineIndex,
  lineStarts: readonly number[],
): Diagnostic[] {
  const at = (start: number, end: number) => index.position(lineStarts[start]!, lineStarts[end]! + lines[end]!.length);
  const out: Diagnostic[] = [];
  const spec = block.header.compiled.spec;
  if (block.mode !== 'pipe') {
    const joined = block.rows.reduce((n, r) => n + (r.joined ?? 0), 0);
    out.push(
      createDiagnostic(
        'normalise-table-rebuilt',
        'info',
        `Rebuilt a ${spec.id} table from ${MODE_NAMES[block.mode]} into pipe rows.`,
        {
          position: at(block.start, block.end),
          origin: 'normalise',
          note: `${block.rows.length} rows from ${block.end - block.start + 1} lines${joined ? `; ${joined} wrapped label line(s) joined` : ''}.`,
        },
      ),
    );
  }
  for (const r of block.removals) {
    const text = lines
      .slice(r.start, r.end + 1)
      .join(' ')
      .trim();
    if (r.kind === 'furniture')
      out.push(
        createDiagnostic(
          'normalise-continuation-furniture-removed',
          'info',
          `Removed page furniture inside a table: ${JSON.stringify(text)}.`,
          { position: at(r.start, r.end), origin: 'normalise', actual: text, note: r.name },
        ),
      );
    else
      out.push(
        createDiagnostic(
          'normalise-continuation-header-removed',
          'info',
          `Removed the ${r.kind === 'repeated-title' ? 'title' : 'header'} repeated after a page break.`,
          {
            position: at(r.start, r.end),
            origin: 'normalise',
            actual: text,
          },
        ),
      );
  }
  for (const r of block.rejoined ?? []) {
    out.push(
      createDiagnostic(
        'normalise-continuation-row-rejoined',
        'info',
        'Joined back a table row broken across a page break: its label continued after the repeated header.',
        {
          position: at(r.start, r.end),
          origin: 'normalise',
        },
      ),
    );
  }
  for (const row of block.rows) {
    if (!row.placement || !row.cells) continue;
    const p = row.placement;
    const reading = pipeRow(row.cells);
    const message =
      p.basis === 'sums'
        ? `Empty cells vanished from a row; chose the reading whose row totals add up (${p.readings} reading(s) fit).`
        : `Empty cells vanished from a row; no evidence tells which columns are empty, so values fill the leftmost columns.`;
    out.push(
      createDiagnostic('normalise-cells-ambiguous', 'info', message, {
        position: at(row.start, row.end),
        origin: 'normalise',
        actual: reading,
      }),
    );
  }
  return out;
}

/**
 * Rewrites statistics tables rendered as TSV, space-aligned columns or one cell per line as pipe rows,
 * takes page furniture and repeated headers out of tables (pipe tables included), and joins back pipe
 * rows broken across a page break.
 * @param text Report text with LF line ends.
 * @returns The rebuilt text, a per-line origin map and diagnostics; never throws.
 */
export function rebuildTables(text: string): RebuiltText {
  const { rebuilt, lines } = rebuildBlocks(text);
  try {
    return rejoinWrappedRows(rebuilt, lines, text);
  } catch (error) {
    const failed = createDiagnostic(
      'normalise-internal-error',
      'warning',
      'Joining table rows broken across pages failed unexpectedly; the rows are kept as they are.',
      { origin: 'normalise', note: String(error) },
    );
    return { ...rebuilt, diagnostics: [...rebuilt.diagnostics, failed] };
  }
}

/**
 * Joins pipe rows whose label ran into a row of its own (a row broken across a page break, the
 * table merged by the importer), on the evidence of brackets or the forms' labels (wrapped-rows.ts).
 * @param rebuilt The text after the table blocks were rebuilt.
 * @param lines Its lines, when the rebuilding split it already.
 * @param original The original text, for positions.
 * @returns The text with those rows joined, origins and diagnostics updated.
 */
function rejoinWrappedRows(rebuilt: RebuiltText, lines: readonly string[] | null, original: string): RebuiltText {
  // most texts have nothing to join: found without splitting them into lines again
  if (!rejoinsAny(rebuilt.text)) return rebuilt;
  const result = rejoinRows(lines ?? rebuilt.text.split('\n'), rebuilt.origins);
  if (result === null) return rebuilt;
  const originalIndex = new LineIndex(original);
  const originalLines = original.split('\n');
  const diagnostics = result.joined.map((range) =>
    createDiagnostic(
      'normalise-continuation-row-rejoined',
      'info',
      'Joined back table label text that ran over into the next row (a row broken across a page break, or a wrapped rowspan label).',
      {
        position: originalIndex.position(
          originalIndex.starts[range.start]!,
          originalIndex.starts[range.end]! + originalLines[range.end]!.length,
        ),
        origin: 'normalise',
      },
    ),
  );
  return {
    text: result.lines.join('\n'),
    origins: result.origins,
    diagnostics: [...rebuilt.diagnostics, ...diagnostics],
  };
}

/**
 * Tab-separated rows outside the blocks read with a known header, as pipe rows cell for cell.
 * @param lines The text's lines.
 * @param blocks The blocks read with a known header, in order.
 * @returns One block of rows per run of tab-separated lines.
 */
function unknownTsvTables(
  lines: readonly string[],
  blocks: readonly Block[],
): Array<Pick<Block, 'start' | 'end' | 'rows'>> {
  let next = 0;
  const taken = (line: number): boolean => {
    while (next < blocks.length && blocks[next]!.end < line) next++;
    return next < blocks.length && blocks[next]!.start <= line;
  };
  return findTsvRuns(lines, taken).map((run) => ({
    start: run.start,
    end: run.end,
    rows: run.rows.map((cells, k) => ({ cells, raw: null, start: run.start + k, end: run.start + k })),
  }));
}

/**
 * The lines the anchors are on, without an index of line starts.
 * @param lines The text's lines.
 * @param offsets Offsets of the anchors in the text, in any order.
 * @returns The 0-based indices of the lines holding an anchor, ascending, each once.
 */
function anchorLines(lines: readonly string[], offsets: readonly number[]): number[] {
  const sorted = [...offsets].sort((a, b) => a - b);
  const out: number[] = [];
  let line = 0;
  let end = lines[0]!.length; // offset of the line's '\n'
  for (const offset of sorted) {
    while (offset > end) {
      line++;
      end += 1 + lines[line]!.length;
    }
    if (out.at(-1) !== line) out.push(line);
  }
  return out;
}

/**
 * The table blocks: found by their headers, read in their rendering, rewritten as pipe rows.
 * @param text Report text with LF line ends.
 * @returns The rebuilt text, origins and diagnostics, and the rebuilt text's lines when it was split
 *   (null when no table anchor was found); never throws.
 */
function rebuildBlocks(text: string): { rebuilt: RebuiltText; lines: readonly string[] | null } {
  const unchanged: RebuiltText = { text, origins: null, diagnostics: [] };
  try {
    const offsets = anchorOffsets(text);
    const tabs = text.includes('\t');
    if (offsets.length === 0 && !tabs) return { rebuilt: unchanged, lines: null };
    const lines = text.split('\n');
    const candidates = anchorLines(lines, offsets);
    const headers = candidates.length > 0 ? findHeaders(lines, candidates) : [];
    if (headers.length === 0 && !tabs) return { rebuilt: unchanged, lines };
    const blocks: Block[] = [];
    const diagnostics: Diagnostic[] = [];
    let floor = 0;
    // positions only for diagnostics: the line index is made on the first one
    let lineIndex: LineIndex | null = null;
    const index = (): LineIndex => (lineIndex ??= new LineIndex(text));
    headers.forEach((header, k) => {
      if (header.start < floor) return; // a header repeated after a page break, read with its table
      const title = titleAbove(lines, header, floor);
      // the table runs to the next header that is not this header repeated on a new page
      let limit = lines.length;
      let continued = false;
      for (let j = k + 1; j < headers.length; j++) {
        const next = headers[j]!;
        const nextTitle = titleAbove(lines, next, header.end + 1);
        if (
          next.compiled === header.compiled &&
          (!nextTitle || (title !== null && compact(nextTitle.text) === compact(title.text)))
        ) {
          continued = true;
          continue;
        }
        limit = nextTitle ? nextTitle.line : next.start;
        break;
      }
      const mode = detectMode(lines, header, limit);
      if (!continued && mode === 'pipe') {
        const clean = cleanPipeTable(lines, header, limit);
        if (clean >= 0) {
          // a pipe table with nothing inside to take out: left as it is, at the cost of one scan
          floor = clean + 1;
          return;
        }
      }
      const block = parseBlock(lines, header, title, limit, mode);
      if (!block) {
        const starts = index().starts;
        const at = index().position(starts[header.start]!, starts[header.end]! + lines[header.end]!.length);
        diagnostics.push(
          createDiagnostic(
            'normalise-rows-unreadable',
            'warning',
            `Found a ${header.compiled.spec.id} table header but could not read rows after it; the lines are kept as they are.`,
            { position: at, origin: 'normalise' },
          ),
        );
        return;
      }
      floor = block.end + 1;
      if (!block.changed) return;
      blocks.push(block);
      append(diagnostics, blockDiagnostics(block, lines, index(), index().starts));
    });
    const rewritten: Array<Pick<Block, 'start' | 'end' | 'rows'>> = [...blocks];
    if (tabs) {
      const runs = unknownTsvTables(lines, blocks);
      for (const run of runs)
        diagnostics.push(
          createDiagnostic(
            'normalise-table-rebuilt',
            'info',
            'Rebuilt a table whose header is not one of the known forms from tab-separated rows into pipe rows.',
            {
              position: index().position(index().starts[run.start]!, index().starts[run.end]! + lines[run.end]!.length),
              origin: 'normalise',
              note: `${run.rows.length} rows, cell for cell.`,
            },
          ),
        );
      if (runs.length > 0) {
        rewritten.push(...runs);
        rewritten.sort((a, b) => a.start - b.start);
      }
    }
    if (rewritten.length === 0) return { rebuilt: { ...unchanged, diagnostics }, lines };
    const out: string[] = [];
    const origins: Array<{ start: number; end: number }> = [];
    let i = 0;
    for (const block of rewritten) {
      for (; i < block.start; i++) {
        out.push(lines[i]!);
        origins.push({ start: i, end: i });
      }
      for (const row of block.rows) {
        out.push(row.raw ?? pipeRow(row.cells ?? []));
        origins.push({ start: row.start, end: row.end });
      }
      i = block.end + 1;
    }
    for (; i < lines.length; i++) {
      out.push(lines[i]!);
      origins.push({ start: i, end: i });
    }
    return { rebuilt: { text: out.join('\n'), origins, diagnostics }, lines: out };
  } catch (error) {
    const failed = createDiagnostic(
      'normalise-internal-error',
      'warning',
      'Table reconstruction failed unexpectedly; the text is kept as it is.',
      { origin: 'normalise', note: String(error) },
    );
    return { rebuilt: { text, origins: null, diagnostics: [failed] }, lines: null };
  }
}
