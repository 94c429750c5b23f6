/**
 * Writes schema.json, the JSON Schema (draft 2020-12) of `Report`, generated from src/types.ts with
 * ts-json-schema-generator so the schema cannot drift from the types (test/schema.test.ts regenerates
 * and compares). Run: `npm run schema`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Path of the committed schema. */
export const schemaPath = `${root}schema.json`;

/** Draft-07 output of the generator → draft 2020-12 (`$defs` instead of `definitions`). */
function toDraft2020(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDraft2020);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string') out[key] = item.replace('#/definitions/', '#/$defs/');
    else out[key === 'definitions' ? '$defs' : key] = toDraft2020(item);
  }
  return out;
}

/**
 * Generates the schema text.
 * @returns schema.json's content (2-space JSON, trailing newline).
 */
export function generateSchema(): string {
  const generated = createGenerator({
    path: `${root}src/types.ts`,
    type: 'Report',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('Report');
  const { $schema: _draft, ...rest } = toDraft2020(generated) as Record<string, unknown>;
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/gov-report-extract/schema.json',
    title: 'Report',
    description:
      'A Chinese government information-disclosure annual report (政府信息公开工作年度报告) parsed by gov-report-extract.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = generateSchema();
  const before = (() => {
    try {
      return readFileSync(schemaPath, 'utf8');
    } catch {
      return '';
    }
  })();
  if (text !== before) writeFileSync(schemaPath, text);
  process.stdout.write(text === before ? 'schema.json is up to date.\n' : 'schema.json written.\n');
}
