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

  it('should read dates written with ○ (U+25CB) and full-width digits, and give no date for a month only', () => {
    expect(parseReportText('一、概述\n正文。\n某局\n二○一二年三月十五日').publishedOn).toBe('2012-03-15');
    expect(parseReportText('一、概述\n正文。\n某局\n２０１６年３月２５日').publishedOn).toBe('2016-03-25');
    const monthOnly = parseReportText('一、概述\n正文。\n某镇人民政府\n2024年1月');
    expect(monthOnly.publishedOn).toBeNull();
    // The date line is still the signature, and its year still follows the year reported on.
    expect(monthOnly.signature.map((p) => p.text)).toEqual(['某镇人民政府', '2024年1月']);
    expect(monthOnly.year).toBe(2023);
    expect(monthOnly.diagnostics.find((d) => d.code === 'assemble-metadata-missing')?.note).toBe(
      'The date line gives a month but no day (2024-01).',
    );
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
  it('should read a byline under a two-line title, and take the agency the title names before the byline', () => {
    const report = parseReportText(
      '宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n2017年3月\n本报告是根据条例编制的。\n一、概述\n正文。',
    );
    expect(report.title).toBe('宿州市人民政府2016年政府信息公开工作年度报告');
    // The office drew the report up; the title names the body that reports.
    expect(report.agency).toBe('宿州市人民政府');
    // 2017年3月 has no day.
    expect(report.publishedOn).toBeNull();
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
    expect(joined.signature.map((p) => p.text)).toEqual(['宁乡市花明楼镇人民政府2024年1月']);
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

describe('reports without a title', () => {
  it('should take the agency from the body that the compiling office belongs to, and the year from the statistics period', () => {
    const report = parseReportText(
      [
        '本年报是根据《中华人民共和国政府信息公开条例》要求，由玄武区人民政府办公室综合区政府所属各部门的年度报告编制而成。本年报中所列数据的统计期限自2013年1月1日起至12月31日止。',
        '一、概述',
        '2013年我区政府信息公开工作稳步推进。',
      ].join('\n'),
    );
    expect(report.agency).toBe('玄武区人民政府');
    expect(report.year).toBe(2013);
  });

  it('should take the agency from the subject of the sentence that opens the first section with the year', () => {
    const report = parseReportText(
      [
        '本报告根据《中华人民共和国政府信息公开条例》编制。',
        '一、总体情况',
        '2023年，厦门市思明区坚持以习近平新时代中国特色社会主义思想为指导，持续深化政务公开。',
      ].join('\n'),
    );
    expect(report.agency).toBe('厦门市思明区');
    expect(report.year).toBe(2023);
  });

  it('should never take 我局, 本市 or a short form for the agency, but still read the year from the body', () => {
    const stand = parseReportText(
      ['一、总体情况', '2022年，我镇持续强化组织领导，扎实推进政务公开。', '二、主动公开政府信息情况'].join('\n'),
    );
    expect(stand.agency).toBeNull();
    expect(stand.year).toBe(2022);
    const city = parseReportText(
      ['一、概述', '公开透明是法治政府的重要标志。2009年，本市各级政府部门坚持以公开为原则。'].join('\n'),
    );
    expect(city.agency).toBeNull();
    expect(city.year).toBe(2009);
    const short = parseReportText(
      ['本报告由区政府办公室编制。', '一、概述', '2020年，区政府坚持依法公开。'].join('\n'),
    );
    expect(short.agency).toBeNull();
    expect(short.year).toBe(2020);
  });

  it('should take the name a title prints before its year, without the words linking it to the year', () => {
    const letter = parseReportText(
      [
        '厦门市湖里区金山街道办事处关于报送2020年度政府信息公开工作年度报告的函',
        '区政府办：',
        '一、总体情况',
        '正文。',
      ].join('\n'),
    );
    expect(letter.agency).toBe('厦门市湖里区金山街道办事处');
    expect(letter.year).toBe(2020);
    // The title's name wins over the office that signs for it.
    const signed = parseReportText(
      [
        '漳浦县人民政府2012年政府信息公开工作年度报告',
        '一、概述',
        '正文。',
        '漳浦县人民政府办公室',
        '2013年3月12日',
      ].join('\n'),
    );
    expect(signed.agency).toBe('漳浦县人民政府');
  });
});

describe('contact details as pages print them', () => {
  it('should end an address at the next label when the fields stand on lines of their own', () => {
    const report = parseReportText(
      [
        '根据条例编制本报告。',
        '联系地址：宁德市蕉城区天湖东路1号行政中心2号楼',
        '邮 编：352100',
        '电 话：0593-2876543',
        '传 真：0593-2876544',
        '电子邮箱：ndxxgk＠163.com',
        '一、概述',
      ].join('\n'),
    );
    expect(report.contact).toEqual({
      address: '宁德市蕉城区天湖东路1号行政中心2号楼',
      postcode: '352100',
      phone: '0593-2876543',
      fax: '0593-2876544',
      email: 'ndxxgk@163.com',
    });
  });

  it('should read 传真号码, 通信地址, 邮政编码, and one number printed for both phone and fax', () => {
    const numbers = parseReportText(
      '如对本报告有任何疑问，请联系：鼓楼区人民政府办公室（电话：83609001，传真号码：83609002；通信地址：中山北路1号；邮政编码：210009）。\n一、概述',
    );
    expect(numbers.contact).toEqual({ phone: '83609001', fax: '83609002', address: '中山北路1号', postcode: '210009' });
    const paren = parseReportText('（地址：淮北市人民路1号,电话(传真)：0561-3011234,邮编：235000）。\n一、概述');
    expect(paren.contact).toEqual({
      address: '淮北市人民路1号',
      phone: '0561-3011234',
      fax: '0561-3011234',
      postcode: '235000',
    });
    const slash = parseReportText('联系电话/传真：0591-22334455。\n一、概述');
    expect(slash.contact).toEqual({ phone: '0591-22334455', fax: '0591-22334455' });
  });

  it('should not read the 地址 of 网站地址 or 邮件地址 as the address', () => {
    const report = parseReportText(
      '本报告电子版可在区政府门户网站(网站地址:http://www.xxq.gov.cn/)下载。如有疑问，可致电区政府信息公开办公室，电话:0591-83001234。\n一、概述',
    );
    expect(report.contact).toEqual({ website: 'http://www.xxq.gov.cn/', phone: '0591-83001234' });
  });
});

describe('titles phrased as a letter or a notice', () => {
  it('should take the name that comes before the year after 关于, else the sender before 关于', () => {
    const notice = parseReportText(
      [
        '漳州市人民政府办公室关于印发漳州市2014年政府信息公开工作年度报告的通知',
        '各县（市、区）人民政府：',
        '一、概述',
        '正文。',
      ].join('\n'),
    );
    expect(notice.agency).toBe('漳州市');
    expect(notice.year).toBe(2014);
    const about = parseReportText(['关于福清市2016年度政府信息公开工作年度报告', '一、概述', '正文。'].join('\n'));
    expect(about.agency).toBe('福清市');
  });
});

describe('titles with full-width digits', () => {
  it('should read the year and the agency of a two-line title written with full-width digits', () => {
    const report = parseReportText(
      ['宁波市北仑区教育局', '２０１６年度政府信息公开工作年度报告', '一、概述', '正文。'].join('\n'),
    );
    expect(report.title).toBe('宁波市北仑区教育局２０１６年度政府信息公开工作年度报告');
    expect(report.agency).toBe('宁波市北仑区教育局');
    expect(report.year).toBe(2016);
  });
});

describe('titles whose year comes last', () => {
  it('should take a bracketed year under a title without one into the title, and the name before the report words', () => {
    const report = parseReportText(
      [
        '龙岩市新罗区财政局政府信息公开工作年度报告',
        '（2017年度）',
        '根据条例，现公布本局2017年度政府信息公开工作年度报告。',
        '一、概述',
        '正文。',
      ].join('\n'),
    );
    expect(report.title).toBe('龙岩市新罗区财政局政府信息公开工作年度报告（2017年度）');
    expect(report.agency).toBe('龙岩市新罗区财政局');
    expect(report.year).toBe(2017);
    expect(report.preamble.map((p) => p.text)).toEqual(['根据条例，现公布本局2017年度政府信息公开工作年度报告。']);
  });

  it('should keep a name that holds 政务公开 whole when the year follows it', () => {
    const report = parseReportText('漳州市政务公开办公室2015年度工作报告\n一、概述\n正文。');
    expect(report.agency).toBe('漳州市政务公开办公室');
  });
});

describe('metadata of reports copied from government pages (corpus cases 27–35)', () => {
  it('should read the year from a traditional-script preamble that names the report 報告', () => {
    const report = parseReportText(
      ['根據有關要求,現將我局2021年度政府信息公開情況報告如下。', '一、總體情況', '正文。'].join('\n'),
    );
    expect(report.year).toBe(2021);
    expect(report.agency).toBeNull();
  });

  it('should take the subject after a 在…下 clause of a sentence opening with the year, never a stand-in', () => {
    const named = parseReportText(
      '一、总体情况\n2022年，在区委、区政府的坚强领导下，某某街道办事处认真贯彻落实《条例》，主动公开政府信息30条。',
    );
    expect(named.agency).toBe('某某街道办事处');
    const standIn = parseReportText('一、总体情况\n2022年，在上级的指导下，我局认真贯彻落实《条例》。');
    expect(standIn.agency).toBeNull();
  });

  it('should not take a link line quoting the report name for the title, nor a name holding a quotation mark', () => {
    const report = parseReportText(
      [
        '2021年某某市政府信息公开工作年度报告',
        '日期:2022-03-01 10:00    来源:某某市政务服务管理局',
        '2021年某某市“政府信息公开工作年度报告”集中公开专题页面',
        '依据条例，编制本报告。',
        '一、总体情况',
        '正文。',
      ].join('\n'),
    );
    expect(report.title).toBe('2021年某某市政府信息公开工作年度报告');
    expect(report.agency).toBe('某某市');
    expect(report.publishedOn).toBe('2022-03-01');
  });

  it('should keep the brackets an address opens and closes itself', () => {
    const report = parseReportText(
      '如有疑问请联系（地址：某市某路8号某大厦(B座)12楼；联系电话：0871-1234567；电子邮箱：ab@cd.cn）。\n一、概述\n正文。',
    );
    expect(report.contact).toEqual({ address: '某市某路8号某大厦(B座)12楼', phone: '0871-1234567', email: 'ab@cd.cn' });
    // The bracket that encloses the contact details still ends the address.
    expect(parseReportText('如有疑问请联系（地址：某县某街1号）。\n一、概述').contact.address).toBe('某县某街1号');
  });
});

describe('metadata of reports copied from government pages (corpus cases 37–43)', () => {
  it('should read an information box whose labels print their colon (发文日期: | 2017-01-23 |)', () => {
    const report = parseReportText(
      [
        '标题: | 某县某镇人民政府2016年度政府信息公开工作年度报告 | ||',
        '---|---|---|---|',
        '索引号: | 113703210042/2017-501 | 文号: | 无文号 |',
        '发文日期: | 2017-01-23 | 发布机构: | 某县某镇人民政府 |',
        '本年度报告是根据《条例》要求编制。',
        '一、情况概述',
        '正文。',
      ].join('\n'),
    );
    expect(report.agency).toBe('某县某镇人民政府');
    expect(report.publishedOn).toBe('2017-01-23');
    expect(report.year).toBe(2016);
    // The box is page metadata, not a statistics table.
    expect(report.tables).toHaveLength(0);
  });

  it('should read a phone number printed after the office it reaches, without a 电话 label', () => {
    const text = '如对本报告有任何疑问,请联系:党政办  85390768。\n一、概述\n正文。';
    expect(parseReportText(text).contact).toEqual({ phone: '85390768' });
    expect(parseReportText('如有疑问,请联系：县政府办公室 0575-85390768。\n一、概述').contact.phone).toBe(
      '0575-85390768',
    );
    // A labelled field wins, and an office followed by words is no phone.
    expect(parseReportText('请联系：办公室，电话：1234567。\n一、概述').contact).toEqual({ phone: '1234567' });
    expect(parseReportText('请联系：党政办 2019年新设。\n一、概述').contact).toEqual({});
  });
});
