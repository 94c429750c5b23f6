import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import { validateReport } from '../../src/validate/index.js';
import { formReport, row } from '../templates/helpers/build-report.js';

const legacy = catalogues.find((c) => c.id === 'legacy-2008')!;
const gov2021 = catalogues.find((c) => c.id === 'gov-2021')!;

const channels = (values: Record<string, number | null>) => {
  const r = formReport(legacy, values);
  applyTemplate(r);
  return validateReport(r).filter((d) => d.note?.startsWith('active.channels:'));
};

describe('empty cells in identities', () => {
  it('should not compare a total that is empty', () => {
    expect(channels({ 'active.channels': null, 'active.channels.website': 5 })).toEqual([]);
  });

  it('should not compare when every part is empty', () => {
    const parts = Object.fromEntries(
      ['gazette', 'website', 'weibo', 'wechat', 'other'].map((k) => [`active.channels.${k}`, null]),
    );
    expect(channels({ 'active.channels': 9, ...parts })).toEqual([]);
  });

  it('should hold 0 + 361 + 1 + 140 + empty = 502 (the 衢州 seed channels)', () => {
    const seed = {
      'active.channels': 502,
      'active.channels.gazette': 0,
      'active.channels.website': 361,
      'active.channels.weibo': 1,
      'active.channels.wechat': 140,
      'active.channels.other': null,
    };
    expect(channels(seed)).toEqual([]);
  });

  it('should not report known parts below the total while a part is empty (the empty cell may hold the rest)', () => {
    expect(
      channels({
        'active.channels': 9,
        'active.channels.website': 3,
        'active.channels.weibo': 4,
        'active.channels.other': null,
      }),
    ).toEqual([]);
  });

  it('should report known parts that already exceed the total despite an empty part', () => {
    const fired = channels({
      'active.channels': 5,
      'active.channels.website': 3,
      'active.channels.weibo': 4,
      'active.channels.other': null,
    });
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ code: 'validate-sum-mismatch', actual: 5, expected: 7 });
    expect(fired[0]!.message).toContain('empty cells not counted');
  });

  it('should count a row the form does not print as nothing, not as unknown', () => {
    const fired = channels({ 'active.channels': 9, 'active.channels.website': 3, 'active.channels.weibo': 4 });
    expect(fired.map((d) => d.expected)).toEqual([7]);
  });

  it('should treat an unkeyed child row with a value as unknown (a provincial extra channel)', () => {
    const r = formReport(legacy, { 'active.channels': 9, 'active.channels.website': 3, 'active.channels.weibo': 4 });
    const rows = r.tables[0]!.rows;
    const parent = rows.findIndex((x) => x.label === '通过不同渠道和方式公开政府信息的情况');
    rows.splice(
      parent + 6,
      0,
      row({ label: '政务客户端公开政府信息数', marker: '6.', unit: '条', values: [2], parent }),
    );
    applyTemplate(r);
    expect(validateReport(r).filter((d) => d.note?.startsWith('active.channels:'))).toEqual([]);
  });

  it('should apply the same rule to the 2021 balance: empty cells on one side only count when the known side is exceeded', () => {
    const r = formReport(gov2021, {
      'apply.new.naturalPerson': 3,
      'apply.carriedOver.naturalPerson': null,
      'apply.outcome.total.naturalPerson': 2,
      'apply.carriedForward.naturalPerson': 0,
    });
    applyTemplate(r);
    const balance = validateReport(r).filter((d) => d.code === 'validate-balance-mismatch');
    expect(balance).toHaveLength(1);
    expect(balance[0]).toMatchObject({ actual: 3, expected: 2 });
  });
});
