import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmePath, renderCodes, renderIndicators, updateReadme } from '../../scripts/gen-readme-tables.js';
import { diagnosticCodes, errorCodes } from '../../src/codes.js';
import { catalogues, listIndicators } from '../../src/templates/catalogue.js';

const readme = readFileSync(readmePath, 'utf8');

describe('README generated tables', () => {
  it('should match the catalogues, the crosswalk and src/codes.ts (run `npm run readme:tables` after changing them)', () => {
    expect(updateReadme(readme)).toBe(readme);
  });

  it('should list every code with its description', () => {
    const table = renderCodes();
    for (const code of [...Object.keys(diagnosticCodes), ...Object.keys(errorCodes)])
      expect(table).toContain(`| \`${code}\` |`);
  });

  it('should list every key of every template (matrix rows once, with their column legend)', () => {
    const table = renderIndicators();
    for (const catalogue of catalogues) {
      for (const info of listIndicators(catalogue)) {
        const listed = info.group.compact
          ? `\`${info.parent}.{${info.group.compact.placeholder}}\``
          : `\`${info.key}\``;
        expect(table, info.key).toContain(listed);
      }
    }
  });
});
