/**
 * Regenerates the importer fixtures in test/fixtures/made/ from test/fixtures/src/, the reference
 * sample and the seed PDF, with real tools:
 *   LibreOffice headless (soffice) + fonts-noto-cjk, qpdf, poppler-utils (pdftoppm), img2pdf.
 * Debian: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk qpdf poppler-utils img2pdf
 * Run: npx tsx scripts/make-fixtures.ts
 * Office and PDF outputs embed timestamps, so their bytes change on every run; their text does not.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cellsOf } from '../test/importers/helpers.js';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'test/fixtures/src');
const out = join(root, 'test/fixtures/made');
const seed = join(root, 'test/fixtures/seed');
const work = mkdtempSync(join(tmpdir(), 'make-fixtures-'));
const profile = `file://${join(work, 'lo-profile')}`;
mkdirSync(out, { recursive: true });

const sample = readFileSync(join(root, 'samples/quzhou-safety-2018.txt'), 'utf8').replace(/\n+$/, '').split('\n');
const attachment = sample.indexOf('附件');
const narrative = sample.slice(0, attachment);
const tableTitle = sample[attachment + 1]!.split(' | ')[0]!;
const tableRows = sample.slice(attachment + 2).map((line) => cellsOf(line));

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, ...args], {
    cwd: work,
    stdio: 'pipe',
    timeout: 180_000,
  });
}

/** A flat ODT of the sample: running header/footer, and the table with repeated header rows. */
function fodt(options: { borders: boolean; header: string | null; footer: 'chinese' | 'dash' }): string {
  const border = options.borders ? '0.5pt solid #000000' : 'none';
  const footer =
    options.footer === 'chinese'
      ? '<text:p text:style-name="Center">第 <text:page-number text:select-page="current">1</text:page-number> 页 共 <text:page-count>1</text:page-count> 页</text:p>'
      : '<text:p text:style-name="Center">- <text:page-number text:select-page="current">1</text:page-number> -</text:p>';
  const header = options.header
    ? `<style:header><text:p text:style-name="Center">${escapeXml(options.header)}</text:p></style:header>`
    : '';
  const cell = (text: string, style: string, span = 1): string =>
    `<table:table-cell table:style-name="Cell"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''} office:value-type="string"><text:p text:style-name="${style}">${escapeXml(text)}</text:p></table:table-cell>` +
    '<table:covered-table-cell/>'.repeat(span - 1);
  const row = (cells: string[]): string =>
    `<table:table-row>${cells.map((text, i) => cell(text, i === 0 ? 'Left' : 'Center')).join('')}</table:table-row>`;
  const [header0, ...body] = tableRows;
  const titleRow = options.borders ? `<table:table-row>${cell(tableTitle, 'Left', 3)}</table:table-row>` : '';
  const table =
    (options.borders ? '' : `<text:p text:style-name="Left">${escapeXml(tableTitle)}</text:p>`) +
    `<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/><table:table-column table:style-name="ColC"/>` +
    `<table:table-header-rows>${titleRow}${row(header0!)}</table:table-header-rows>${body.map(row).join('')}</table:table>`;
  const paragraphs = [...narrative, '附件']
    .map((line) => `<text:p text:style-name="Body">${escapeXml(line)}</text:p>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Left" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="${options.borders ? '13cm' : '11cm'}"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="${options.borders ? '2cm' : '3cm'}"/></style:style>
<style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="${options.borders ? '2cm' : '3cm'}"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="${border}" fo:padding="0.05cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">${header}<style:footer>${footer}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${paragraphs}
${table}
</office:text></office:body>
</office:document>
`;
}

function toPdf(name: string, content: string): void {
  writeFileSync(join(work, `${name}.fodt`), content);
  soffice(['--convert-to', 'pdf', `${name}.fodt`]);
  copyFileSync(join(work, `${name}.pdf`), join(out, `${name}.pdf`));
}

// 1. PDF with running header, "第 N 页 共 M 页" footers, and the ruled table split across pages.
toPdf(
  'paged-ruled',
  fodt({ borders: true, header: '衢州市安全生产监督管理局2018年政府信息公开工作年度报告', footer: 'chinese' }),
);
// 2. PDF whose table has no rulings (space-aligned columns), "- N -" footers.
toPdf('borderless', fodt({ borders: false, header: null, footer: 'dash' }));

// 3. DOCX and .doc of a 2019-template matrix with merged cells (rowspan/colspan).
copyFileSync(join(src, 'matrix-2019.html'), join(work, 'matrix-2019.html'));
for (const format of ['docx', 'doc']) {
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', format, 'matrix-2019.html']);
  copyFileSync(join(work, `matrix-2019.${format}`), join(out, `matrix-2019.${format}`));
}
// 3b. That DOCX printed to PDF: the column rules under the spanning 法人或其他组织 header meet only the rule
// under it, which pdf-parse's one pass over the rules left out of the table (each row's values then
// arrived run together in one cell, 12 3 0 0 1 0 16); the importer keeps every connected rule.
soffice(['--convert-to', 'pdf', 'matrix-2019.docx']);
copyFileSync(join(work, 'matrix-2019.pdf'), join(out, 'matrix-2019.pdf'));

// 4. A CMS article page in GB2312: site chrome around Word-pasted report markup; the body lacks the date line.
const wordParagraph = (line: string): string =>
  `<p class="MsoNormal" style="text-indent:24.0pt"><span style="font-family:宋体">&nbsp;${escapeXml(line)}<o:p></o:p></span></p>`;
const wordCell = (text: string, span = 1): string =>
  `<td${span > 1 ? ` colspan="${span}"` : ''} valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span>${text === '' ? '<o:p>&nbsp;</o:p>' : escapeXml(text)}</span></p></td>`;
const reportMarkup = [
  ...narrative.filter((line) => line !== '2019年1月7日').map(wordParagraph),
  wordParagraph('附件'),
  '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
  `<tr>${wordCell(tableTitle, 3)}</tr>`,
  ...tableRows.map((cells) => `<tr>${cells.map((text) => wordCell(text)).join('')}</tr>`),
  '</table>',
].join('\n');
const page = readFileSync(join(src, 'cms-page.html'), 'utf8').replace('{{REPORT}}', reportMarkup);
const gb = iconv.encode(page, 'gb2312');
if (iconv.decode(gb, 'gb18030') !== page) throw new Error('cms-page: a character has no GB2312 code');
writeFileSync(join(out, 'cms-page.gb2312.html'), gb);

// 5. A Big5 traditional-character text (hand-written, only characters Big5 has).
const traditional = readFileSync(join(src, 'traditional.txt'), 'utf8');
const big5 = iconv.encode(traditional, 'big5');
if (iconv.decode(big5, 'big5') !== traditional) throw new Error('traditional: a character has no Big5 code');
writeFileSync(join(out, 'traditional.big5.txt'), big5);

// 6. A scanned PDF: pages of the seed PDF as low-resolution greyscale images, no text layer.
execFileSync('pdftoppm', [
  '-r',
  '40',
  '-gray',
  '-jpeg',
  '-f',
  '1',
  '-l',
  '2',
  join(seed, 'report.pdf'),
  join(work, 'scan'),
]);
const scans = readdirSync(work)
  .filter((name) => name.startsWith('scan') && name.endsWith('.jpg'))
  .sort()
  .map((name) => join(work, name));
execFileSync('img2pdf', ['-o', join(out, 'scanned.pdf'), ...scans]);

// 7. Encrypted PDFs: one needs a user password; one has only an owner password (opens normally).
execFileSync('qpdf', [
  '--encrypt',
  'user-secret',
  'owner-secret',
  '256',
  '--',
  join(seed, 'report.pdf'),
  join(out, 'encrypted-user.pdf'),
]);
execFileSync('qpdf', [
  '--encrypt',
  '',
  'owner-secret',
  '256',
  '--',
  join(seed, 'report.pdf'),
  join(out, 'encrypted-owner.pdf'),
]);

// 8. A PDF with one damaged page: page 2's /Kids entry points to an integer object, not a page.
execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(seed, 'report.pdf'), join(work, 'qdf.pdf')]);
const qdf = readFileSync(join(work, 'qdf.pdf'), 'latin1');
const kids = /\/Kids \[\n\s+\d+ 0 R\n(\s+)(\d+) 0 R\n/.exec(qdf);
const integer = /\n(\d+) 0 obj\n\d+\nendobj/.exec(qdf);
if (!kids || !integer) throw new Error('damaged-page: unexpected qpdf --qdf layout');
const second = kids.index + kids[0].indexOf(`${kids[1]}${kids[2]} 0 R`);
const replacement = `${integer[1]} 0 R`.padStart(`${kids[1]}${kids[2]} 0 R`.length, ' ');
writeFileSync(
  join(out, 'damaged-page.pdf'),
  Buffer.from(qdf.slice(0, second) + replacement + qdf.slice(second + replacement.length), 'latin1'),
);

const version = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
const files = readdirSync(out)
  .filter((name) => name !== 'MANIFEST.txt')
  .sort();
writeFileSync(
  join(out, 'MANIFEST.txt'),
  [
    'generated-by: npx tsx scripts/make-fixtures.ts',
    `soffice: ${version('soffice', ['--version'])}`,
    `qpdf: ${version('qpdf', ['--version'])}`,
    `img2pdf: ${version('img2pdf', ['--version'])}`,
    'files:',
    ...files.map((name) => `  ${name.padEnd(24)} ${String(statSync(join(out, name)).size).padStart(7)}`),
    '',
  ].join('\n'),
);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${files.length} fixtures to ${out}`);
