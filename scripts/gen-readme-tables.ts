/**
 * Rewrites the generated blocks of README.md from the data they document:
 * `<!-- indicators:start -->` (every key of every template), `<!-- crosswalk:start -->` (keys across
 * generations) and `<!-- codes:start -->` (every diagnostic and error code).
 * Run: `npm run readme:tables`. test/templates/readme-tables.test.ts fails when README.md is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diagnosticCodes, errorCodes } from '../src/codes.js';
import { catalogues, listIndicators } from '../src/templates/catalogue.js';
import { crosswalk } from '../src/templates/crosswalk.js';
import type { TemplateCatalogue } from '../src/templates/types.js';

const cell = (text: string | null | undefined): string =>
  text === null || text === undefined || text === '' ? '' : text.replaceAll('|', '\\|');
const code = (text: string | null): string => (text === null ? '—' : `\`${text}\``);

function indicatorTable(catalogue: TemplateCatalogue): string[] {
  const lines = [
    `#### \`${catalogue.id}\`: ${catalogue.source}`,
    '',
    '| key | label | unit | parent |',
    '| --- | --- | --- | --- |',
  ];
  const legends: string[] = [];
  for (const group of catalogue.groups) {
    if (group.kind === 'grid' && group.compact) {
      const suffix = `{${group.compact.placeholder}}`;
      for (const row of group.rows) {
        if (row.heading) continue;
        lines.push(
          `| \`${row.key}.${suffix}\` | ${cell(row.labels[0])} | ${cell(row.unit)} | ${row.parent ? code(row.parent) : ''} |`,
        );
      }
      legends.push(`\`${suffix}\`: ${(group.columns ?? []).map((c) => `\`${c.key}\` (${c.labels[0]})`).join(', ')}.`);
      continue;
    }
    for (const info of listIndicators({ ...catalogue, groups: [group] })) {
      const entry = group.rows.find((r) => info.key === r.key || info.parent === r.key);
      const note = entry?.note ? ` (${entry.note})` : '';
      lines.push(
        `| \`${info.key}\` | ${cell(info.label)}${note} | ${cell(info.unit)} | ${info.parent ? code(info.parent) : ''} |`,
      );
    }
  }
  if (legends.length > 0) lines.push('', ...legends);
  return lines;
}

/** @returns The indicators block body. */
export function renderIndicators(): string {
  const lines = [
    "Every key of every template (`Report.indicators`, `Row.key`). Labels are the national form's; matching also accepts",
    'full-width forms, spaces inside labels, traditional characters (also Taiwan wording: 資訊 for 信息) and the',
    'variants in the form data files `src/forms/*.ts`. `Report.indicators` holds the keys of the rows the report prints: an empty cell is',
    '`null` (not 0), a row the report does not print has no key at all, and when a row is printed twice the first wins',
    '(`validate-row-duplicate`). Rows marked "older forms" or "provincial forms" come from pre-2014 and provincial tables.',
    '',
    'Validation reads empty cells as unknown: a null total is never compared; when some parts are empty, a',
    '`validate-sum-mismatch` is reported only if the known parts already exceed the total (or the total exceeds fully known parts).',
    '',
  ];
  for (const catalogue of catalogues) lines.push(...indicatorTable(catalogue), '');
  return lines.join('\n').trimEnd();
}

/** @returns The crosswalk block body. */
export function renderCrosswalk(): string {
  const lines = [
    '| concept | legacy-2008 (2008–2018) | gov-2019 (2019–2020) | gov-2021 (2021–) | note |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of crosswalk) {
    lines.push(
      `| ${cell(row.concept)} | ${code(row['legacy-2008'])} | ${code(row['gov-2019'])} | ${code(row['gov-2021'])} | ${cell(row.note)} |`,
    );
  }
  return lines.join('\n');
}

/** @returns The codes block body. */
export function renderCodes(): string {
  const lines = ['| code | kind | meaning |', '| --- | --- | --- |'];
  for (const [name, description] of Object.entries(diagnosticCodes))
    lines.push(`| \`${name}\` | diagnostic | ${cell(description)} |`);
  for (const [name, description] of Object.entries(errorCodes))
    lines.push(`| \`${name}\` | error | ${cell(description)} |`);
  return lines.join('\n');
}

/**
 * Replaces the body of one marker block.
 * @param text README text.
 * @param name Block name (`indicators` → `<!-- indicators:start -->`).
 * @param body New body.
 * @returns The new text.
 * @throws Error when the markers are missing.
 */
function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} block.`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/**
 * @param readme README.md text.
 * @returns The text with the three generated blocks rewritten.
 */
export function updateReadme(readme: string): string {
  let text = replaceBlock(readme, 'indicators', renderIndicators());
  text = replaceBlock(text, 'crosswalk', renderCrosswalk());
  return replaceBlock(text, 'codes', renderCodes());
}

/** Path of README.md. */
export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(readmePath, 'utf8');
  const after = updateReadme(before);
  if (after !== before) writeFileSync(readmePath, after);
  process.stdout.write(after === before ? 'README.md tables are up to date.\n' : 'README.md tables rewritten.\n');
}
