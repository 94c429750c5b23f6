import { readFileSync } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/importers/encoding.js';

const sample = readFileSync(new URL('../samples/laiyang-market-regulation-2022-gov2021.txt', import.meta.url), 'utf8');
const traditional = readFileSync(new URL('../samples/minhang-district-2013-traditional.txt', import.meta.url), 'utf8');

/** The verdict decodeText gave before it ran chardet's preferred recognisers alone. */
function chardetVerdict(bytes: Uint8Array): { name: string; confidence: number } {
  const matches = chardet.analyse(bytes.subarray(0, 65_536));
  const preferred = ['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE'];
  return matches.find((m) => preferred.includes(m.name) && m.confidence >= 10) ?? matches[0]!;
}

describe('encoding detection', () => {
  it.each([
    ['GB18030', iconv.encode(sample, 'gb18030'), 'gb18030'],
    ['GBK, short', iconv.encode(sample.slice(0, 300), 'gbk'), 'gb18030'],
    ['Big5', iconv.encode(traditional, 'big5'), 'big5'],
    ['Big5, one line', iconv.encode(traditional.split('\n')[0]!, 'big5'), 'big5'],
  ])('gives chardet.analyse’s verdict and confidence for %s', (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    const expected = chardetVerdict(bytes);
    expect(decoded.method).toBe('detected');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.confidence).toBe(expected.confidence);
  });

  it('falls back to every chardet recogniser when no report encoding fits', () => {
    const latin = iconv.encode(
      'Données publiques: rapport annuel, état des lieux. Résumé à la fin.\n'.repeat(20),
      'latin1',
    );
    const decoded = decodeText(latin);
    expect(decoded.encoding).toBe(chardetVerdict(latin).name.toLowerCase());
    expect(decoded.text).toContain('Données');
  });
});
