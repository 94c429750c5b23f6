import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generateSchema, schemaPath } from '../scripts/gen-schema.js';
import { parseReportText } from '../src/pipeline/index.js';

const committed = readFileSync(schemaPath, 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(committed) as object);
const goldenDir = new URL('golden/', import.meta.url);

const errors = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('schema.json', () => {
  it('should equal the schema generated from src/types.ts (run `npm run schema` after changing the types)', () => {
    expect(generateSchema()).toBe(committed);
  }, 60_000);

  it('should be a draft 2020-12 schema of Report', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$ref']).toBe('#/$defs/Report');
  });

  it('should accept the report parsed from the seed sample, round-tripped through JSON', () => {
    const report = parseReportText(readFileSync(new URL('../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8'));
    expect(errors(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('should reject a report with a renamed field', () => {
    const report = JSON.parse(JSON.stringify(parseReportText('一、概述\n正文。\n'))) as Record<string, unknown>;
    report['indicator'] = report['indicators'];
    delete report['indicators'];
    expect(errors(report).length).toBeGreaterThan(0);
  });

  const goldens = (() => {
    try {
      return readdirSync(goldenDir).filter((n) => n.endsWith('.report.json'));
    } catch {
      return [];
    }
  })();
  for (const name of goldens) {
    it(`should accept the golden file ${name}`, () => {
      expect(errors(JSON.parse(readFileSync(new URL(name, goldenDir), 'utf8')))).toEqual([]);
    });
  }
});
