/**
 * The year reported on and the reporting agency, read from the title, the signature, the byline, the
 * preamble and the body (docs/forms.md, "Generation 2 … Metadata": the title is often missing from page
 * text, and then the body is all there is).
 */
import { HAN_DIGIT_CLASS, parseHanNumber } from '../vocabulary/numerals.js';
import { toHalfWidth } from '../vocabulary/width.js';
import type { Paragraph, Section, Table } from '../types.js';
import { AGENCY_SUFFIX } from './signature.js';

const YEAR_DIGITS = `(?:\\d{4}|[${HAN_DIGIT_CLASS}OＯ]{4})`;
const YEAR = new RegExp(`(\\d{4}|[${HAN_DIGIT_CLASS}OＯ]{4})\\s*年`);
/** "…2018年政府信息公开工作年度报告" in the preamble (traditional script: …2020年度政府信息公開情況報告). */
const REPORT_YEAR = new RegExp(
  `(\\d{4}|[${HAN_DIGIT_CLASS}]{4})\\s*年度?[^。；;]{0,24}?(?:年度)?(?:工作)?(?:年度)?(?:报告|報告)`,
);
/**
 * The statistics period: 本报告中所列数据的统计期限自2022年1月1日起…, 数据统计期限为2024年1月1日至…; the year it
 * starts in is the year reported on (a partial year too: 统计期限为2019年9月1日至…).
 */
const PERIOD_YEAR = new RegExp(
  `(?:统计|数据)[^。；;]{0,12}?(?:期限|时限|期间|时间|区间|周期)[^。；;\\d]{0,8}?(${YEAR_DIGITS})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`,
);
/** A sentence that opens with the year: 2019年，我局…, 2009年,本市…, 2014年我区…, 2016年以来，…. */
const SENTENCE_YEAR = new RegExp(`(?:^|[。；;！!])\\s*(${YEAR_DIGITS})\\s*年(?:度|以来)?(?:[，,]|(?=[我本全]))`);
/**
 * The year right before the work it reports on, in the opening text: …汇报我镇2023年政府信息公开工作。 (no
 * preamble, the report words not printed after it). Tried last: a notice title (关于做好2022年政府信息公开工作
 * 年度报告…的通知) is taken by REPORT_YEAR first.
 */
const WORK_YEAR = new RegExp(`(${YEAR_DIGITS})\\s*年度?政府信息公开(?:工作|情况)`);
/**
 * The agency between a leading year and the report words: (度)衢州市安监局(政府信息公开…). The words may
 * not start inside 人民政府 (某县人民政府信息公开…), and a title with no name there has none (2013年政府信息公开…).
 */
const TITLE_AFTER_YEAR =
  /^\s*(?!(?:政府|政务|信息|資訊|工作))(.+?)\s*(?:(?<!人民)(?:政府信息公开|政府信息|政府資訊公開|政府信息公開)|政务公开|政務公開|信息公开|資訊公開|信息公開)/;
/**
 * The report's name between the agency and a year that comes last: 某局(政府信息公开工作年度报告（)2019年度）.
 * Only at the end, so that a name holding the words (某县政务公开办公室2019年…) is kept whole.
 */
const REPORT_NAME_LAST =
  /(?:(?<!人民)(?:政府信息公开|政府資訊公開|政府信息公開)|政务公开|政務公開|信息公开|資訊公開|信息公開)(?:工作)?(?:年度)?(?:报告|報告|年报|年報)?[\s（(]*$/;
/**
 * A title phrased as a letter or notice: 平潭综合实验区苏平片区管理局关于报送2020年度…的函, 某市人民政府办公室关于印发
 * 《某市2019年…》的通知. The name before the year after 关于 is the report's, else the sender's before 关于.
 */
const TITLE_LINK = /^(.*?)\s*关于(?:报送|印发|公布|发布|公开)?[\s《]*(.*)$/;
/**
 * "现将衢州市…局(以下简称…)2018年…" in the preamble; also "特向社会公布象园街道办事处2022年…", "现向社会公开…2019年…"
 * (the report published to the public, 向社会 before the verb).
 */
const PREAMBLE_AGENCY =
  /(?:现将|现公布|现发布|现予公布|(?:特|现|现予|特此)?向社会(?:公布|公开|发布))\s*([^，,。；;（(]{2,40}?)\s*(?:[(（]以下简称|\d{4}\s*年|[二〇○][〇○零一二三四五六七八九]{3}\s*年)/;
/** The office that compiled the report, named after 由 (由秦淮区人民政府办公室综合…编制而成): its first office word. */
const COMPILER_OFFICE =
  /^([^\s，,。；;：:、（()）“”《》由]{2,30}?)(?:信息公开办公室|政务公开办公室|信息公开办|政务公开办|办公室|办公厅)/;
/** A compiler named without an office: 由某县卫生健康局编制. */
const COMPILER_NAME = new RegExp(`^([^\\s，,。；;：:、（()）“”《》由]{2,30}?${AGENCY_SUFFIX})(?:负责|组织|汇总)?编制`);
/** The adverbial a year sentence often puts before its subject: 在区委、区政府的坚强领导下， (a 在…下 clause). */
const LEAD_CLAUSE = '在[^。；;，,：:“”《》]{1,30}?下[，,]\\s*';
/**
 * The subject of a sentence that opens with the year, up to the verb after it: 2024年，平潭综合实验区坚持以…;
 * after a 在…下 clause too (2023年，在区委、区政府的坚强领导下，某街道办事处认真…).
 * Only two-character verbs: a single character (以, 在, 共) may stand inside a name.
 */
const YEAR_SUBJECT = new RegExp(
  `(?:^|[。；;])\\s*${YEAR_DIGITS}\\s*年(?:度|以来)?[，,]\\s*(?:${LEAD_CLAUSE})?([^\\s，,。；;：:、“”《》（）()]{3,30}?)` +
    '(?=坚持|认真|深入|进一步|持续|严格|紧紧|紧扣|按照|根据|全面|围绕|积极|扎实|不断|继续|着力|切实|始终|大力|加强|贯彻|落实|依法|高度|聚焦|结合|通过|立足|牢固|紧密|坚定|狠抓|强化|扎扎实实)',
);
/** How the name of a government body or a place ends. */
const NAME_END = new RegExp(`(?:${AGENCY_SUFFIX}|人民政府|政府|区|市|县|省|州|盟|旗|片区)$`);
/** 我局, 本市, 该镇, 全区, 各部门 stand for the agency: never its name. */
const STAND_IN = /^(?:我|本|该|全|各)/;
/**
 * Quotation and book-title marks: no name holds one. A link line quoting the report's name
 * (2020年北京市“政府信息公開工作年度報告”集中公開專題頁面) names no agency (北京市“).
 */
const QUOTE_MARK = /[“”"‘’「」『』《》〈〉]/;
/** 市政府, 区政府, 县卫健局: short forms the body uses, not the name it would print in a title. */
const SHORT_FORM = /^[省市区县镇乡州]/;

function readYear(text: string): number | null {
  const half = toHalfWidth(text);
  const digits = /^\d{4}$/.test(half) ? Number(half) : parseHanNumber(half.replace(/[OＯ]/g, '〇'));
  return digits !== null && digits >= 1990 && digits <= 2100 ? digits : null;
}

/**
 * @param text A candidate agency name.
 * @returns Whether it names a body (not 我局, 本市).
 */
export function isAgencyName(text: string): boolean {
  return text.length >= 2 && !STAND_IN.test(text) && !QUOTE_MARK.test(text);
}

/**
 * A department named the way its own untitled report names it, by the level and its office (县乡村振兴局, 区统计局,
 * 市生态环境局): a short form, but the department's own name; 区政府, 县政府办 and 市委 stay short forms of another body.
 */
const DEPARTMENT_SHORT_FORM = /^[省市区县州][^政]{1,12}(?:局|委员会|中心|院|馆|站|所|队)$/;

/** A name the body gives: a full name, not a short form (区政府) nor a stand-in (我局), ending as names do. */
function isBodyName(text: string): boolean {
  return isAgencyName(text) && (!SHORT_FORM.test(text) || DEPARTMENT_SHORT_FORM.test(text)) && NAME_END.test(text);
}

/**
 * The agency a title prints: before its year (`平潭综合实验区2013年…`, without a linking `关于报送`), or,
 * when the year comes first, between the year and the report words (`2019年度衢州市应急管理局政府信息公开…`).
 * @param title A title.
 * @returns The name before the year, the name after a leading year, or null for each.
 */
export function titleAgency(title: string): { before: string | null; after: string | null } {
  // Full-width digits (２０１５年) read as the year; toHalfWidth keeps every offset.
  const match = YEAR.exec(toHalfWidth(title));
  if (!match) return { before: null, after: null };
  const trim = (text: string): string => text.replace(/[\s（(《]+$/, '').trim();
  let prefix = title.slice(0, match.index);
  const words = REPORT_NAME_LAST.exec(prefix);
  prefix = trim(words ? prefix.slice(0, words.index) : prefix);
  const link = TITLE_LINK.exec(prefix);
  if (link) prefix = trim(link[2]!) || trim(link[1]!);
  if (prefix !== '') return { before: isAgencyName(prefix) ? prefix : null, after: null };
  const after = TITLE_AFTER_YEAR.exec(title.slice(match.index + match[0].length).replace(/^度/, ''));
  const name = after ? after[1]!.trim() : '';
  return { before: null, after: isAgencyName(name) ? name : null };
}

/** How many paragraphs of the first section are read for the year and the agency: they are stated first. */
const OPENING_PARAGRAPHS = 20;

/** The first paragraphs of the first top-level section and its subsections, in order. */
function firstSectionParagraphs(sections: Section[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (section: Section): void => {
    for (const paragraph of section.paragraphs) if (out.length < OPENING_PARAGRAPHS) out.push(paragraph);
    for (const child of section.children) if (out.length < OPENING_PARAGRAPHS) walk(child);
  };
  if (sections[0]) walk(sections[0]);
  return out;
}

/** Where a report states its year and agency, from the most to the least explicit. */
export interface MetadataSources {
  title: string | null;
  /** The agency line of the signature. */
  signatureAgency: string | null;
  /** The agency line printed under the title. */
  bylineAgency: string | null;
  preamble: Paragraph[];
  sections: Section[];
  tables: Table[];
  /** The report's own date (signature or byline), a month-only one included: its year follows the year reported on. */
  dateLine: string | null;
}

/**
 * The year reported on: the title's year, else the preamble's (…2018年政府信息公开工作年度报告), else the
 * statistics period's (统计期限自2022年1月1日起…), else a table title's (2018年度), else the year that opens a
 * sentence of the preamble or the first section (2019年，我局…), else the year before the date line's.
 * @param sources The report's parts.
 * @returns The year, or null.
 */
export function findYear(sources: MetadataSources): number | null {
  const { title, preamble, sections, tables, dateLine } = sources;
  // Most titles give the year: the other sources are gathered (each text folded once) only when it does not.
  const fromTitle = firstYear(YEAR, [title === null ? null : toHalfWidth(title)]);
  if (fromTitle !== null) return fromTitle;
  const preambleTexts = halfWidths(preamble.map((p) => p.text));
  const fromPreamble = firstYear(REPORT_YEAR, preambleTexts);
  if (fromPreamble !== null) return fromPreamble;
  const body = [...preambleTexts, ...halfWidths(firstSectionParagraphs(sections).map((p) => p.text))];
  const year =
    firstYear(PERIOD_YEAR, body) ??
    firstYear(YEAR, halfWidths(tables.map((table) => table.title))) ??
    firstYear(SENTENCE_YEAR, body) ??
    firstYear(WORK_YEAR, body);
  if (year !== null) return year;
  return dateLine ? Number(dateLine.slice(0, 4)) - 1 : null;
}

/** Full-width digits (２０１５年) read as digits. */
function halfWidths(texts: (string | null)[]): (string | null)[] {
  return texts.map((text) => (text === null ? null : toHalfWidth(text)));
}

/** The year of the first text `regexp` finds one in, or null. */
function firstYear(regexp: RegExp, texts: (string | null)[]): number | null {
  for (const text of texts) {
    const match = text === null ? null : regexp.exec(text);
    const year = match ? readYear(match[1]!) : null;
    if (year !== null) return year;
  }
  return null;
}

/**
 * The one name the body gives the agency: 现将X2018年…报告予以公布, the body whose office compiled the report
 * (由X办公室…编制: X), or the subject of a sentence that opens with the year (2024年，X坚持…).
 */
function bodyAgency(preamble: Paragraph[], sections: Section[]): string | null {
  for (const paragraph of preamble) {
    const match = PREAMBLE_AGENCY.exec(paragraph.text);
    const name = match ? match[1]!.trim() : '';
    if (isAgencyName(name) && !SHORT_FORM.test(name)) return name;
  }
  for (const paragraph of preamble) {
    const compiler = compilerOwner(paragraph.text);
    if (compiler) return compiler;
  }
  for (const paragraph of [...preamble, ...firstSectionParagraphs(sections).slice(0, 3)]) {
    const match = YEAR_SUBJECT.exec(paragraph.text);
    if (match && isBodyName(match[1]!)) return match[1]!;
  }
  return null;
}

/** 由X办公室…编制 → X; 由X局编制 → X局 (each 由 of the text tried in turn). */
function compilerOwner(text: string): string | null {
  for (let at = text.indexOf('由'); at !== -1; at = text.indexOf('由', at + 1)) {
    const rest = text.slice(at + 1).trimStart();
    const end = rest.search(/[。；;]/);
    const sentence = end === -1 ? rest : rest.slice(0, end);
    if (!sentence.includes('编制')) continue;
    const office = COMPILER_OFFICE.exec(sentence);
    const owner = office ? office[1]! : (COMPILER_NAME.exec(sentence)?.[1] ?? null);
    if (owner && isBodyName(owner)) return owner;
  }
  return null;
}

/**
 * The reporting agency: the name the title prints before its year, else the signature's agency line, else
 * the byline under the title, else the name after a title's leading year, else the one name the body gives,
 * else a table's 填报单位. 我局, 本市 and the like are never a name.
 * @param sources The report's parts.
 * @returns The agency, or null.
 */
export function findAgency(sources: MetadataSources): string | null {
  const { title, signatureAgency, bylineAgency, preamble, sections, tables } = sources;
  const fromTitle = title ? titleAgency(title) : { before: null, after: null };
  const named = (name: string | null): string | null => (name !== null && isAgencyName(name) ? name : null);
  return (
    fromTitle.before ??
    named(signatureAgency) ??
    named(bylineAgency) ??
    fromTitle.after ??
    bodyAgency(preamble, sections) ??
    named(tables.find((table) => table.reportingUnit)?.reportingUnit ?? null)
  );
}
