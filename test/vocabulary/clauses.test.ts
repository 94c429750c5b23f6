import { describe, expect, it } from 'vitest';
import { TITLE_PATTERN } from '../../src/normalise/tables/header-data.js';
import { clauseItem } from '../../src/templates/match-rows.js';
import { holdsClause, readClause } from '../../src/vocabulary/clauses.js';

describe('clauses (第二十条第（一）项): one pattern for table rebuilding, the builder and the template', () => {
  it('reads the article and item as the 2019 and 2021 forms print them', () => {
    expect(readClause('第二十条第（一）项')).toEqual({ article: 20, item: 1 });
    expect(readClause('第二十条第(五)项')).toEqual({ article: 20, item: 5 });
    expect(readClause('第二十条（八）项')).toEqual({ article: 20, item: 8 });
    expect(readClause('第二十条第1项')).toEqual({ article: 20, item: 1 });
    expect(readClause('第二十一条第（九）项')).toEqual({ article: 21, item: 9 });
    expect(readClause('第二十条')).toBeNull();
    // Traditional-script copies (mirror sites, Big5 pages): 條 and 項.
    expect(readClause('第二十條第(五)項')).toEqual({ article: 20, item: 5 });
    expect(holdsClause('第二十條第（一）項')).toBe(true);
    expect(holdsClause('二、主动公开政府信息情况')).toBe(false);
  });

  it('gives every stage the same answer', () => {
    for (const clause of ['第二十条第（一）项', '第二十条（八）项', '第二十条第(九)项']) {
      expect(TITLE_PATTERN.test(clause), clause).toBe(true);
      expect(holdsClause(clause), clause).toBe(true);
    }
    expect(clauseItem('第二十条第（六）项')).toBe(6);
    // Only article 20 names a clause table of the forms.
    expect(clauseItem('第二十一条第（一）项')).toBeNull();
    expect(TITLE_PATTERN.test('依据第二十条第（一）项公开')).toBe(false);
  });
});
