/** The example queries of the README's "Load into a database" section, so tests run exactly what it shows. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../../cli/helpers/cli.js';

/** One query: the comment line above it and its SQL (without the final `;`). */
export interface ReadmeQuery {
  title: string;
  sql: string;
}

/** @returns The queries of the ```sql block between the database-queries markers, in order. */
export function readmeQueries(): ReadmeQuery[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = /<!-- database-queries:start -->([\s\S]*?)<!-- database-queries:end -->/.exec(readme)?.[1];
  const block = section && /```sql\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no ```sql block between the database-queries markers');
  return block
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const lines = part.split('\n');
      const title = lines.find((line) => line.startsWith('-- '))?.slice(3) ?? '';
      return { title, sql: lines.filter((line) => !line.startsWith('--')).join('\n') };
    });
}
