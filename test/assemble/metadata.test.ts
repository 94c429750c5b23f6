/** Title, agency, year, publication date and contact details. */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

describe('metadata', () => {
  it('should join a two-line title and take the agency from the signature', () => {
    const report = parseReportText(
      '某某市人民政府办公室\n2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n某某市人民政府办公室\n二〇二一年一月十五日',
    );
    expect(report.title).toBe('某某市人民政府办公室2020年政府信息公开工作年度报告');
    expect(report.titlePosition).toMatchObject({ start: { line: 1 }, end: { line: 2 } });
    expect(report.year).toBe(2020);
    expect(report.agency).toBe('某某市人民政府办公室');
    expect(report.publishedOn).toBe('2021-01-15');
    expect(report.signature.map((p) => p.text)).toEqual(['某某市人民政府办公室', '二〇二一年一月十五日']);
  });

  it('should read dates written with ○ (U+25CB), full-width digits and a month only', () => {
    expect(parseReportText('一、概述\n正文。\n某局\n二○一二年三月十五日').publishedOn).toBe('2012-03-15');
    expect(parseReportText('一、概述\n正文。\n某局\n２０１６年３月２５日').publishedOn).toBe('2016-03-25');
    expect(parseReportText('一、概述\n正文。\n某镇人民政府\n2024年1月').publishedOn).toBe('2024-01');
  });

  it('should take the agency from the title, then the preamble, when there is no signature', () => {
    expect(parseReportText('杭州市某局2019年政府信息公开工作年度报告\n一、总体情况\n正文。').agency).toBe('杭州市某局');
    const report = parseReportText(
      '现将某县卫生健康局(以下简称县卫健局)2018年政府信息公开工作年度报告予以公布。\n一、概述\n正文。',
    );
    expect(report.agency).toBe('某县卫生健康局');
    expect(report.year).toBe(2018);
    expect(report.diagnostics.some((d) => d.code === 'assemble-metadata-missing')).toBe(true);
  });

  it('should skip a red-head document number above the title', () => {
    const report = parseReportText(
      '某市人民政府办公室文件\n某政办〔2011〕47号    签发人:张三\n某市2011年政府信息公开工作年度报告\n一、概述\n正文。',
    );
    expect(report.title).toBe('某市2011年政府信息公开工作年度报告');
    expect(report.preamble.map((p) => p.text)).toEqual(['某市人民政府办公室文件', '某政办〔2011〕47号    签发人:张三']);
  });

  it('should read contact details with padded labels, full-width forms and traditional characters', () => {
    const simplified = parseReportText(
      '如有疑问请联系（地址：某市某路1号；邮　编：３１５０２０；电话/传真：0574-87652103；电子邮箱：ｊｂ＠ｎｂ．ｇｏｖ．ｃｎ；网址：http://www.nb.gov.cn）。\n一、概述',
    );
    expect(simplified.contact).toEqual({
      address: '某市某路1号',
      postcode: '315020',
      phone: '0574-87652103',
      fax: '0574-87652103',
      email: 'jb@nb.gov.cn',
      website: 'http://www.nb.gov.cn',
    });
    const traditional = parseReportText(
      '聯繫地址：上海市滬閔路6258號；郵編：201199；電話：021-64982000；傳真：021-64121234。\n一、概述',
    );
    expect(traditional.contact).toEqual({
      address: '上海市滬閔路6258號',
      postcode: '201199',
      phone: '021-64982000',
      fax: '021-64121234',
    });
  });
});

describe('page furniture of real pages', () => {
  it('should read a byline under a two-line title when there is no signature', () => {
    const report = parseReportText(
      '宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n2017年3月\n本报告是根据条例编制的。\n一、概述\n正文。',
    );
    expect(report.title).toBe('宿州市人民政府2016年政府信息公开工作年度报告');
    expect(report.agency).toBe('宿州市人民政府办公室');
    expect(report.publishedOn).toBe('2017-03');
    expect(report.year).toBe(2016);
    expect(report.preamble.map((p) => p.text)).toEqual([
      '宿州市人民政府办公室',
      '2017年3月',
      '本报告是根据条例编制的。',
    ]);
  });

  it('should keep a CMS information box as preamble lines and read its agency and date', () => {
    const report = parseReportText(
      '索 引 号 | 014416330/2018-04736 | 分 类 | 政府信息公开年报 |\n发布机构 | 市政府办 | 发文日期 | 2018-02-28 |\n文 号 | 有 效 性 |\n根据条例规定，现公布泰州市人民政府2017年政府信息公开工作年度报告。\n一、主要工作概述\n正文。',
    );
    expect(report.tables).toEqual([]);
    expect(report.preamble[1]!.text).toBe('发布机构 | 市政府办 | 发文日期 | 2018-02-28');
    expect(report.publishedOn).toBe('2018-02-28');
    expect(report.year).toBe(2017);
    expect(report.agency).toBe('泰州市人民政府');
  });

  it('should not take page header lines (来源, 时间, 字号) for the title', () => {
    const report = parseReportText(
      '福州市晋安区2016年政府信息公开工作年度报告\n来源:区人民政府办公室 时间:2017-01-12 10:01\n本报告根据条例编制。\n一、概述\n正文。',
    );
    expect(report.title).toBe('福州市晋安区2016年政府信息公开工作年度报告');
    expect(report.preamble[0]!.text).toBe('来源:区人民政府办公室 时间:2017-01-12 10:01');
  });
});

describe('signature and title variants', () => {
  it('should read a signature with the agency and the date on one line', () => {
    const report = parseReportText('一、概述\n正文。\n衢州市安全生产监督管理局　2019年1月7日');
    expect(report.agency).toBe('衢州市安全生产监督管理局');
    expect(report.publishedOn).toBe('2019-01-07');
    expect(report.signature.map((p) => p.text)).toEqual(['衢州市安全生产监督管理局　2019年1月7日']);
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['正文。']);
  });

  it('should read the agency and date a PDF importer joined without a blank, only after an agency ending', () => {
    const joined = parseReportText('一、概述\n正文。\n宁乡市花明楼镇人民政府2024年1月');
    expect(joined.agency).toBe('宁乡市花明楼镇人民政府');
    expect(joined.publishedOn).toBe('2024-01');
    const sentence = parseReportText('一、概述\n正文。\n全年共办理2024年1月');
    expect(sentence.publishedOn).toBeNull();
  });

  it('should read a title whose last word a line break split (…年度报 / 告)', () => {
    const report = parseReportText(
      '莱阳市市场监督管理局2022年政府信息公开工作年度报\n告\n本报告根据《条例》编制。\n一、总体情况\n正文。',
    );
    expect(report.title).toBe('莱阳市市场监督管理局2022年政府信息公开工作年度报告');
    expect(report.agency).toBe('莱阳市市场监督管理局');
    expect(report.preamble.map((p) => p.text)).toEqual(['本报告根据《条例》编制。']);
  });

  it('should take the agency from a title that starts with the year', () => {
    const report = parseReportText('2019年度衢州市应急管理局政府信息公开工作年度报告\n一、总体情况\n正文。');
    expect(report.agency).toBe('衢州市应急管理局');
    expect(report.year).toBe(2019);
  });
});

describe('contact details broken over lines', () => {
  it('should join an e-mail address a line break cut before its host name, and not open a section there', () => {
    const report = parseReportText(
      [
        '某局2019年政府信息公开工作年度报告',
        '如有疑问，请与我局联系（地址：台州市椒江区市府大道358号；电子邮箱：tzzrzyj@',
        '126.com）。',
        '一、总体情况',
        '2019年，我局……',
      ].join('\n'),
    );
    expect(report.contact).toMatchObject({ email: 'tzzrzyj@126.com', address: '台州市椒江区市府大道358号' });
    expect(report.sections.map((s) => s.marker)).toEqual(['一、']);
  });

  it('should close up CJK characters that a justified PDF line spread apart in an address', () => {
    const report = parseReportText(
      ['某局2022年政府信息公开工作年度报告', '联系地址：莱阳 市五 龙北 路13号，邮编：265200。', '一、总体情况'].join(
        '\n',
      ),
    );
    expect(report.contact).toMatchObject({ address: '莱阳市五龙北路13号', postcode: '265200' });
  });
});
