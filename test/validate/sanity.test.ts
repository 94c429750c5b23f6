import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import { validateReport } from '../../src/validate/index.js';
import { formReport, report, row, table } from '../templates/helpers/build-report.js';

const byId = (id: string) => catalogues.find((c) => c.id === id)!;
const codes = (r: ReturnType<typeof report>, code: string) => {
  applyTemplate(r);
  return validateReport(r).filter((d) => d.code === code);
};

describe('sanity checks', () => {
  it('should report a negative count at its row', () => {
    const r = formReport(byId('legacy-2008'), { complaints: -1 });
    const found = codes(r, 'validate-value-negative');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      actual: -1,
      position: r.tables[0]!.rows.find((x) => x.key === 'complaints')!.position,
    });
  });

  it('should accept a negative 本年增/减 in the 2019 form', () => {
    expect(codes(formReport(byId('gov-2019'), { 'active.fees.change': -1 }), 'validate-value-negative')).toEqual([]);
  });

  it('should report a fractional count but accept decimals in 万元', () => {
    const found = codes(
      formReport(byId('legacy-2008'), { complaints: 1.5, fees: 0.0085, 'capacity.funds': 2.25 }),
      'validate-value-not-integer',
    );
    expect(found.map((d) => d.actual)).toEqual([1.5]);
    expect(
      codes(formReport(byId('gov-2021'), { 'active.fees.amount': 12.3685 }), 'validate-value-not-integer'),
    ).toEqual([]);
    expect(
      codes(formReport(byId('gov-2021'), { 'apply.new.naturalPerson': 2.5 }), 'validate-value-not-integer'),
    ).toHaveLength(1);
  });

  it('should report a heading value that neither its first child nor the sum of its children explains', () => {
    const rows = [
      row({ label: '培训情况', marker: '一、', unit: '——', values: [7] }),
      row({ label: '举办培训班数', unit: '次', values: [2], parent: 0 }),
      row({ label: '接受培训人员数', unit: '人次', values: [13], parent: 0 }),
    ];
    const found = codes(report([table(['年度累计数'], rows)]), 'validate-heading-value-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      actual: 7,
      expected: 2,
      position: rows[0]!.position,
      related: [rows[1]!.position],
    });
  });

  it('should accept a heading value equal to its first child or to the sum of its children', () => {
    const make = (value: number) =>
      report([
        table(
          ['年度累计数'],
          [
            row({ label: '会议情况', unit: '——', values: [value] }),
            row({ label: '会议数', unit: '次', values: [2], parent: 0 }),
            row({ label: '专题会议数', unit: '次', values: [3], parent: 0 }),
          ],
        ),
      ]);
    expect(codes(make(2), 'validate-heading-value-mismatch')).toEqual([]);
    expect(codes(make(5), 'validate-heading-value-mismatch')).toEqual([]);
  });

  it('should report a row printed twice, pointing at both', () => {
    const r = report([
      table(
        ['年度累计数'],
        [
          row({ label: '收到申请数', unit: '件', values: [3] }),
          row({ label: '收到申请数', unit: '件', values: [4] }),
          row({ label: '征地补偿', values: [1] }),
          row({ label: '征地补偿', values: [1] }),
        ],
        {
          headers: [['统计指标', '单位', '年度累计数']],
        },
      ),
    ]);
    const found = codes(r, 'validate-row-duplicate');
    const rows = r.tables[0]!.rows;
    expect(found.map((d) => [d.position, d.related])).toEqual([
      [rows[1]!.position, [rows[0]!.position]],
      [rows[3]!.position, [rows[2]!.position]],
    ]);
  });

  it('should turn an internal failure into one error diagnostic instead of throwing', () => {
    const broken = { ...report([]), tables: null } as unknown as ReturnType<typeof report>;
    const diagnostics = validateReport(broken);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'validate-internal-error', severity: 'error', origin: 'validate' });
  });

  it('should check the sanity of reports without a template too, and never change the report', () => {
    const r = report([table(['数量'], [row({ label: '举办讲座', values: [-2] })])]);
    applyTemplate(r);
    const before = JSON.stringify(r);
    expect(validateReport(r).map((d) => d.code)).toEqual(['validate-value-negative']);
    expect(JSON.stringify(r)).toBe(before);
  });
});
