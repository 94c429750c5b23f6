/**
 * Regenerates the round-trip fixtures in test/fixtures/roundtrip/: samples with statistics tables,
 * rendered as the Word-made HTML a report is drafted in (narrative paragraphs, bold headings, and
 * tables with the merged-cell structure of the official forms), then converted by LibreOffice headless
 * to .docx, and that .docx to .doc and .pdf (as a Word document is saved or printed).
 * test/roundtrip/*.test.ts extracts each file and compares it with `parseReportText` of the sample.
 *
 * The structure of each table comes from the national form, the numbers and labels from the sample:
 *   - section 三 matrix (2019/2021): corner cell over 3 label columns and 3 header rows, 申请人情况 over 7,
 *     法人或其他组织 over 5, 自然人/总计 over 2 rows; 三、本年度办理结果 spanning its rows; （三）不予公开,
 *     （四）无法提供, （五）不予处理 (and the 2021 （六）其他处理) spanning their numbered sub-rows;
 *   - section 四 matrix: 行政复议 over 5 columns and 2 rows, 行政诉讼 over 10, its two kinds over 5 each;
 *   - section 二 (2019/2021): one 4-column table, clause rows (第二十条第(一)项) across all columns, a
 *     header cell followed by empty cells spanning them (本年处理决定数量 over 3), data rows likewise;
 *   - other tables (2008–2018 and provincial): a title row across the table, then one cell per column.
 *
 * Needs LibreOffice (soffice) with fonts-noto-cjk. Run: npm run fixtures:roundtrip
 * Office and PDF outputs embed timestamps, so their bytes change on every run; their text does not.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a sample's document is laid out: the ways Word reports differ that matter to the importers. */
export interface RoundtripStyle {
  /** Title size in pt (公文 use 22 pt, 二号: a long title wraps). */
  titlePt: number;
  /** Body text size in pt (公文 use 16 pt, 三号). */
  bodyPt: number;
  /** Table text size in pt. */
  tablePt: number;
  /** Justified body paragraphs (CJK justification spaces the characters of a full line). */
  justify: boolean;
  /** First-line indent of two characters. */
  indent: boolean;
  /** Table header rows in <thead>: repeated at the top of every page the table continues on. */
  repeatHeaders: boolean;
}

/** The fixtures: a sample (samples/<sample ?? name>.txt) rendered in a style, with what each one exercises. */
export const ROUNDTRIP_SAMPLES: readonly { name: string; sample?: string; style: RoundtripStyle }[] = [
  // 2008–2018 form, title row over the table, empty value cells; 公文 layout, header repeated on each page.
  {
    name: 'quzhou-safety-2018',
    style: { titlePt: 22, bodyPt: 16, tablePt: 10.5, justify: true, indent: true, repeatHeaders: true },
  },
  // Provincial form with two value columns, 计量 单位.
  {
    name: 'sanming-meilie-district-2016-provincial',
    style: { titlePt: 22, bodyPt: 12, tablePt: 9, justify: true, indent: true, repeatHeaders: false },
  },
  // 2019 form: five clause tables, matrix with a one-cell （六）其他处理, its 3 header rows repeated.
  {
    name: 'taizhou-natural-resources-2019-gov2019',
    style: { titlePt: 22, bodyPt: 12, tablePt: 9, justify: true, indent: true, repeatHeaders: true },
  },
  // 2019 form: no-break spaces in cells, 商业<br>企业 in the header, paragraphs indented with U+3000.
  {
    name: 'hangzhou-gongshu-health-2020-crlf-nbsp',
    style: { titlePt: 22, bodyPt: 10.5, tablePt: 9, justify: false, indent: false, repeatHeaders: false },
  },
  // 2021 form: （六）其他处理 with numbered sub-rows, larger type, headers repeated.
  {
    name: 'laiyang-market-regulation-2022-gov2021',
    style: { titlePt: 22, bodyPt: 14, tablePt: 10.5, justify: true, indent: true, repeatHeaders: true },
  },
  // 2021 form: —— cells, fees with six decimals, no title, date line left-aligned under a right-aligned agency.
  {
    name: 'ningxiang-huaminglou-town-2023-notitle',
    style: { titlePt: 22, bodyPt: 14, tablePt: 9, justify: true, indent: false, repeatHeaders: false },
  },
  // The same at 11 pt: a wrapped line starts with 二是 after a semicolon.
  {
    name: 'ningxiang-huaminglou-town-2023-notitle-11pt',
    sample: 'ningxiang-huaminglou-town-2023-notitle',
    style: { titlePt: 22, bodyPt: 11, tablePt: 9, justify: true, indent: false, repeatHeaders: false },
  },
  // The 2021 form at 16 pt, title at 20 pt wrapping before its last character (…年度报 / 告), justified lines spread out.
  // Tables at 12 pt, headers repeated: rowspan labels wrap in their narrow column ((三) / 不予公开), and a
  // row breaks across pages in both its label cells ((六)其他 / 处理).
  {
    name: 'laiyang-market-regulation-2022-gov2021-table12pt',
    sample: 'laiyang-market-regulation-2022-gov2021',
    style: { titlePt: 18, bodyPt: 12, tablePt: 12, justify: true, indent: false, repeatHeaders: true },
  },
  {
    name: 'ningxiang-huaminglou-town-2023-notitle-table12pt',
    sample: 'ningxiang-huaminglou-town-2023-notitle',
    style: { titlePt: 18, bodyPt: 12, tablePt: 12, justify: true, indent: false, repeatHeaders: true },
  },
  {
    name: 'laiyang-market-regulation-2022-gov2021-16pt',
    sample: 'laiyang-market-regulation-2022-gov2021',
    style: { titlePt: 20, bodyPt: 16, tablePt: 10.5, justify: true, indent: true, repeatHeaders: false },
  },
];

interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A label cell (left-aligned); values and headers are centred. */
  label?: boolean;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

function td(cell: Cell): string {
  const spans = `${cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
  const text = cell.text.split('\n').map(escapeHtml).join('<br>');
  return `<td${spans} valign="middle"><p align="${cell.label ? 'left' : 'center'}">${text}</p></td>`;
}

/** Header rows go in <thead> when the style repeats them (set per document by renderSample). */
let repeatHeaders = false;

function table(rows: Cell[][], widths: number[], headerRows = 0): string {
  const cols = widths.map((width) => `<col width="${width}">`).join('');
  const tr = (row: Cell[]): string => `<tr>${row.map(td).join('')}</tr>`;
  const head = repeatHeaders ? headerRows : 0;
  return [
    `<table width="${widths.reduce((a, b) => a + b, 0)}" border="1" cellspacing="0" cellpadding="3"><colgroup>${cols}</colgroup>`,
    ...(head > 0 ? ['<thead>', ...rows.slice(0, head).map(tr), '</thead>', '<tbody>'] : []),
    ...rows.slice(head).map(tr),
    ...(head > 0 ? ['</tbody>'] : []),
    '</table>',
  ].join('\n');
}

/** Column widths in px (A4 portrait leaves about 640 px): `label` for the first columns, the rest shared. */
function widths(columns: number, labels: number[]): number[] {
  const rest = 640 - labels.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / (columns - labels.length));
  return [...labels, ...Array<number>(columns - labels.length).fill(each)];
}

/** Cells of a pipe row: `a | b | |` → ['a', 'b', '']; spaces around a cell trimmed, no-break spaces kept. */
function cellsOf(row: string): string[] {
  const cells = row.split(/[|｜]/).map((cell) => cell.replace(/^[ \t]+|[ \t]+$/g, ''));
  if (cells.at(-1) === '') cells.pop();
  return cells;
}

const VALUE_COLUMNS = 7;
const isEmpty = (cell: string): boolean => cell.trim() === '';

/** Section 三 of the 2019/2021 forms, rebuilt with the form's spans from the sample's pipe rows. */
function matrix(lines: string[]): string {
  const rows = lines.map(cellsOf);
  const headerEnd = rows.findIndex((cells) => /^[一二三四]、/.test(cells[0]!.trim()));
  const header = rows.slice(0, headerEnd);
  const corner = header[0]![0]!;
  // The sample's header rows, wrapped cells joined back by the sample's own line (商业\n企业 stays a <br>).
  const firms = header.at(-1)!.filter((cell) => !isEmpty(cell));
  const out: Cell[][] = [
    [
      { text: corner, colspan: 3, rowspan: 3, label: true },
      { text: '申请人情况', colspan: VALUE_COLUMNS },
    ],
    [
      { text: '自然人', rowspan: 2 },
      { text: '法人或其他组织', colspan: 5 },
      { text: '总计', rowspan: 2 },
    ],
    firms.map((text) => ({ text })),
  ];
  const data = rows.slice(headerEnd).map((cells) => {
    const values = cells.slice(-VALUE_COLUMNS);
    const labels = cells.slice(0, -VALUE_COLUMNS).filter((cell) => !isEmpty(cell));
    return { labels, values };
  });
  // Rowspans: 三、 spans every row up to the next top-level row; a second-level label followed by a
  // numbered label spans that row and the numbered rows after it.
  data.forEach((row, i) => {
    const cells: Cell[] = [];
    const first = row.labels[0];
    const rowsUntil = (stop: (next: (typeof data)[number]) => boolean): number => {
      let end = i + 1;
      while (end < data.length && !stop(data[end]!)) end += 1;
      return end - i;
    };
    let labels = row.labels;
    if (/^三、/.test(first!)) {
      cells.push({ text: first!, rowspan: rowsUntil((next) => /^[一二三四五]、/.test(next.labels[0]!)), label: true });
      labels = labels.slice(1);
    } else if (/^[一二四五]、/.test(first!)) {
      out.push([{ text: first!, colspan: 3, label: true }, ...row.values.map((text) => ({ text }))]);
      return;
    }
    const [level2, level3] = labels;
    if (level3 !== undefined) {
      cells.push(
        { text: level2!, rowspan: rowsUntil((next) => !/^\d/.test(next.labels[0]!)), label: true },
        { text: level3, label: true },
      );
    } else if (/^\d/.test(level2!)) {
      cells.push({ text: level2!, label: true });
    } else {
      cells.push({ text: level2!, colspan: 2, label: true });
    }
    out.push([...cells, ...row.values.map((text) => ({ text }))]);
  });
  return table(out, widths(3 + VALUE_COLUMNS, [62, 92, 136]), 3);
}

/** Section 四: three header levels over 15 values. */
function appeals(lines: string[]): string {
  const rows = lines.map(cellsOf);
  const results = rows[2]!.filter((cell) => !isEmpty(cell)).slice(0, 5);
  const out: Cell[][] = [
    [
      { text: '行政复议', colspan: 5, rowspan: 2 },
      { text: '行政诉讼', colspan: 10 },
    ],
    [
      { text: '未经复议直接起诉', colspan: 5 },
      { text: '复议后起诉', colspan: 5 },
    ],
    [...results, ...results, ...results].map((text) => ({ text })),
    ...rows.slice(3).map((cells) => cells.map((text) => ({ text }))),
  ];
  return table(out, widths(15, []), 3);
}

/** Section 二: clause rows across the table; a cell followed by empty cells spans them, data rows following their header. */
function clauses(lines: string[]): string {
  const rows = lines.map(cellsOf);
  const columns = Math.max(...rows.map((cells) => cells.length));
  const out: Cell[][] = [];
  let spans: number[] = [];
  for (const cells of rows) {
    if (/^第二十条/.test(cells[0]!)) {
      out.push([{ text: cells[0]!, colspan: columns, label: true }]);
      continue;
    }
    const padded = [...cells, ...Array<string>(columns - cells.length).fill('')];
    if (cells[0]!.trim() === '信息内容') {
      // Header: each filled cell spans the empty cells after it.
      spans = [];
      padded.forEach((cell, i) => (isEmpty(cell) && i > 0 ? (spans[spans.length - 1]! += 1) : spans.push(1)));
    }
    let at = 0;
    out.push(
      spans.map((span, i) => {
        const covered = padded.slice(at, (at += span));
        if (!covered.slice(1).every(isEmpty))
          throw new Error(`clause table: a value under a spanned header cell: ${cells.join(' | ')}`);
        return { text: covered[0]!, colspan: span, label: i === 0 };
      }),
    );
  }
  return table(out, widths(columns, [220]));
}

/** Any other table: a title row (one filled cell) across the table, then one cell per column. */
function plain(lines: string[]): string {
  const rows = lines.map(cellsOf);
  const columns = Math.max(...rows.map((cells) => cells.length));
  const header = rows.findIndex((cells) => cells.slice(1).some((cell) => !isEmpty(cell)));
  const out = rows.map((cells): Cell[] =>
    rows.indexOf(cells) === 0 && cells.slice(1).every(isEmpty)
      ? [{ text: cells[0]!, colspan: columns, label: true }]
      : [...cells, ...Array<string>(columns - cells.length).fill('')].map((text, i) => ({ text, label: i === 0 })),
  );
  return table(out, widths(columns, [columns > 3 ? 300 : 420]), header + 1);
}

function renderTable(lines: string[]): string {
  const first = lines[0]!;
  if (/申请人情况|勾稽/.test(first)) return matrix(lines);
  if (/^行政复议/.test(first.trim())) return appeals(lines);
  if (/^第二十条/.test(first.trim())) return clauses(lines);
  return plain(lines);
}

/** The sample as an HTML document: title lines centred, numbered headings bold, tables per form. */
export function renderSample(text: string, style: RoundtripStyle): string {
  repeatHeaders = style.repeatHeaders;
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  // Lines of a wrapped header cell (商业 / 企业) belong to the pipe row they precede.
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line.includes('|') && lines[i + 1]?.includes('|') && lines[i - 1]?.includes('|') && line.length <= 6) {
      lines[i + 1] = `${line}\n${lines[i + 1]}`;
      continue;
    }
    joined.push(line);
  }
  const body: string[] = [];
  const firstSection = joined.findIndex(
    (line) => /^[一二三四五六七八九十]+、/.test(line.trim()) && !line.includes('|'),
  );
  const firstParagraph = joined.findIndex((line) => line.length > 60 || line.includes('。'));
  for (let i = 0; i < joined.length; i += 1) {
    const line = joined[i]!;
    if (line.includes('|')) {
      const block = [line];
      while (joined[i + 1]?.includes('|')) block.push(joined[(i += 1)]!);
      body.push(renderTable(block));
      continue;
    }
    const trimmed = line.trim();
    const isTitle = i < firstParagraph && i < firstSection;
    const isHeading = /^[一二三四五六七八九十]+、/.test(trimmed) && trimmed.length <= 40 && !trimmed.includes('。');
    const isSignature =
      i > firstSection &&
      !isHeading &&
      trimmed.length <= 30 &&
      !trimmed.includes('。') &&
      /(局|室|府|镇|区|会|日)$/.test(trimmed);
    if (isTitle)
      body.push(`<p class="title" align="center" style="font-size:${style.titlePt}pt"><b>${escapeHtml(line)}</b></p>`);
    else if (isHeading) body.push(`<p class="heading"><b>${escapeHtml(line)}</b></p>`);
    else if (isSignature) body.push(`<p class="signature" align="right">${escapeHtml(line)}</p>`);
    else body.push(`<p>${escapeHtml(line)}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<style>
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: ${style.bodyPt}pt; }
p { margin: 0 0 4pt 0;${style.justify ? ' text-align: justify;' : ''}${style.indent ? ' text-indent: 2em;' : ''} }
p.title, p.heading, p.signature { text-indent: 0; }
table { border-collapse: collapse; }
td { border: 1px solid #000; font-size: ${style.tablePt}pt; }
td p { margin: 0; text-indent: 0; text-align: inherit; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function main(): void {
  const root = new URL('..', import.meta.url).pathname;
  const out = join(root, 'test/fixtures/roundtrip');
  const work = mkdtempSync(join(tmpdir(), 'make-roundtrip-'));
  const profile = `file://${join(work, 'lo-profile')}`;
  const soffice = (args: string[]): void => {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, ...args], {
      cwd: work,
      stdio: 'pipe',
      timeout: 600_000,
    });
  };
  mkdirSync(out, { recursive: true });
  const only = process.argv.slice(2);
  const samples = ROUNDTRIP_SAMPLES.filter(({ name }) => only.length === 0 || only.includes(name));
  const names = samples.map(({ name }) => name);
  for (const { name, sample, style } of samples) {
    writeFileSync(
      join(work, `${name}.html`),
      renderSample(readFileSync(join(root, 'samples', `${sample ?? name}.txt`), 'utf8'), style),
    );
    copyFileSync(join(work, `${name}.html`), join(out, `${name}.html`));
  }
  // One soffice run per step, all files at once: each start costs seconds.
  soffice([
    '--infilter=HTML (StarWriter)',
    '--convert-to',
    'docx:MS Word 2007 XML',
    ...names.map((name) => `${name}.html`),
  ]);
  soffice(['--convert-to', 'doc:MS Word 97', ...names.map((name) => `${name}.docx`)]);
  soffice(['--convert-to', 'pdf:writer_pdf_Export', ...names.map((name) => `${name}.docx`)]);
  for (const name of names)
    for (const format of ['docx', 'doc', 'pdf'])
      copyFileSync(join(work, `${name}.${format}`), join(out, `${name}.${format}`));

  const version = (command: string, args: string[]): string =>
    execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
  const files = readdirSync(out)
    .filter((name) => name !== 'MANIFEST.txt')
    .sort();
  writeFileSync(
    join(out, 'MANIFEST.txt'),
    [
      'generated-by: npm run fixtures:roundtrip (tsx scripts/make-roundtrip-fixtures.ts)',
      'steps: samples/<name>.txt → <name>.html (form spans) → LibreOffice HTML (StarWriter) → .docx → .doc, .pdf',
      `soffice: ${version('soffice', ['--version'])}`,
      'files:',
      ...files.map((name) => `  ${name.padEnd(48)} ${String(statSync(join(out, name)).size).padStart(7)}`),
      '',
    ].join('\n'),
  );
  rmSync(work, { recursive: true, force: true });
  console.log(`wrote ${files.length} fixtures to ${out}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
