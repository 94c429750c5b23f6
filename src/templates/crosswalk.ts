/**
 * Cross-template alignment: which keys of each generation hold the same (or nearly the same) figure, so a
 * migration can put an agency's 2012, 2019 and 2023 reports side by side. Cells are key expressions:
 * a key, `a + b` (add them), `Σ prefix.*.total` (all rows under a prefix, total column), or null (not in that form).
 * test/templates/catalogue.test.ts checks every key named here against the catalogues.
 */

/** One concept across the three generations. */
export interface CrosswalkRow {
  concept: string;
  'legacy-2008': string | null;
  'gov-2019': string | null;
  'gov-2021': string | null;
  /** How far the figures are comparable. */
  note?: string;
}

/** The crosswalk, in the order of the forms. */
export const crosswalk: readonly CrosswalkRow[] = [
  {
    concept: 'Information proactively disclosed',
    'legacy-2008': 'active.total',
    'gov-2019': null,
    'gov-2021': null,
    note: 'no total in the 2019/2021 tables',
  },
  {
    concept: 'Regulations (规章) issued in the year',
    'legacy-2008': null,
    'gov-2019': 'active.regulations.made',
    'gov-2021': 'active.regulations.issued',
  },
  {
    concept: 'Normative documents issued in the year',
    'legacy-2008': 'active.normativeDocsIssued',
    'gov-2019': 'active.normativeDocs.made',
    'gov-2021': 'active.normativeDocs.issued',
  },
  {
    concept: 'Normative documents disclosed in the year',
    'legacy-2008': 'active.normativeDocs',
    'gov-2019': 'active.normativeDocs.published',
    'gov-2021': null,
  },
  {
    concept: 'Normative documents public / in force',
    'legacy-2008': null,
    'gov-2019': 'active.normativeDocs.total',
    'gov-2021': 'active.normativeDocs.inForce',
    note: '2019 counts all published, 2021 those in force',
  },
  {
    concept: 'Administrative licensing decisions',
    'legacy-2008': null,
    'gov-2019': 'active.licensing.decisions',
    'gov-2021': 'active.licensing.decisions',
  },
  {
    concept: 'Administrative penalty decisions',
    'legacy-2008': null,
    'gov-2019': 'active.penalties.decisions',
    'gov-2021': 'active.penalties.decisions',
  },
  {
    concept: 'Administrative enforcement decisions',
    'legacy-2008': null,
    'gov-2019': 'active.enforcement.decisions',
    'gov-2021': 'active.enforcement.decisions',
  },
  {
    concept: 'Administrative fees',
    'legacy-2008': null,
    'gov-2019': 'active.fees.previousYear',
    'gov-2021': 'active.fees.amount',
    note: '2019 counts fee items, 2021 the amount in 万元',
  },
  {
    concept: 'Disclosure via government website',
    'legacy-2008': 'active.channels.website',
    'gov-2019': null,
    'gov-2021': null,
  },
  {
    concept: 'Applications received in the year',
    'legacy-2008': 'apply.received',
    'gov-2019': 'apply.new.total',
    'gov-2021': 'apply.new.total',
  },
  {
    concept: 'Applications carried over from the year before',
    'legacy-2008': null,
    'gov-2019': 'apply.carriedOver.total',
    'gov-2021': 'apply.carriedOver.total',
  },
  {
    concept: 'Applications from natural persons',
    'legacy-2008': null,
    'gov-2019': 'apply.new.naturalPerson',
    'gov-2021': 'apply.new.naturalPerson',
  },
  {
    concept: 'Applications answered / processed',
    'legacy-2008': 'apply.answered',
    'gov-2019': 'apply.outcome.total.total',
    'gov-2021': 'apply.outcome.total.total',
  },
  {
    concept: 'Disclosed in full',
    'legacy-2008': 'apply.answered.granted + apply.answered.alreadyPublic',
    'gov-2019': 'apply.outcome.open.total',
    'gov-2021': 'apply.outcome.open.total',
    note: '2019 counts already-public information as 予以公开',
  },
  {
    concept: 'Disclosed in part',
    'legacy-2008': 'apply.answered.partial',
    'gov-2019': 'apply.outcome.partial.total',
    'gov-2021': 'apply.outcome.partial.total',
  },
  {
    concept: 'Refused',
    'legacy-2008': 'apply.answered.refused',
    'gov-2019': 'Σ apply.outcome.refused.*.total',
    'gov-2021': 'Σ apply.outcome.refused.*.total',
  },
  {
    concept: 'Refused: state secret',
    'legacy-2008': 'apply.answered.refused.stateSecret',
    'gov-2019': 'apply.outcome.refused.stateSecret.total',
    'gov-2021': 'apply.outcome.refused.stateSecret.total',
  },
  {
    concept: 'Refused: security and stability',
    'legacy-2008': 'apply.answered.refused.security',
    'gov-2019': 'apply.outcome.refused.security.total',
    'gov-2021': 'apply.outcome.refused.security.total',
  },
  {
    concept: 'Refused: third-party rights, privacy, trade secrets',
    'legacy-2008': 'apply.answered.refused.commercialSecret + apply.answered.refused.privacy',
    'gov-2019': 'apply.outcome.refused.thirdParty.total',
    'gov-2021': 'apply.outcome.refused.thirdParty.total',
  },
  {
    concept: 'Information not held by the agency',
    'legacy-2008': 'apply.answered.notHeld + apply.answered.notExist',
    'gov-2019': 'apply.outcome.unavailable.notHeld.total',
    'gov-2021': 'apply.outcome.unavailable.notHeld.total',
  },
  {
    concept: 'Request unclear after correction',
    'legacy-2008': 'apply.answered.unclear',
    'gov-2019': 'apply.outcome.unavailable.unclear.total',
    'gov-2021': 'apply.outcome.unavailable.unclear.total',
    note: '2008–2013 forms only',
  },
  {
    concept: 'Carried forward to next year',
    'legacy-2008': null,
    'gov-2019': 'apply.carriedForward.total',
    'gov-2021': 'apply.carriedForward.total',
  },
  {
    concept: 'Administrative reviews',
    'legacy-2008': 'review.total',
    'gov-2019': 'review.total',
    'gov-2021': 'review.total',
  },
  {
    concept: 'Reviews: decision upheld',
    'legacy-2008': 'review.upheld',
    'gov-2019': 'review.upheld',
    'gov-2021': 'review.upheld',
  },
  {
    concept: 'Reviews: decision corrected',
    'legacy-2008': 'review.corrected',
    'gov-2019': 'review.corrected',
    'gov-2021': 'review.corrected',
  },
  {
    concept: 'Reviews: other result',
    'legacy-2008': 'review.other',
    'gov-2019': 'review.other',
    'gov-2021': 'review.other',
  },
  { concept: 'Reviews: pending', 'legacy-2008': null, 'gov-2019': 'review.pending', 'gov-2021': 'review.pending' },
  {
    concept: 'Lawsuits',
    'legacy-2008': 'litigation.total',
    'gov-2019': 'litigation.direct.total + litigation.afterReview.total',
    'gov-2021': 'litigation.direct.total + litigation.afterReview.total',
  },
  {
    concept: 'Lawsuits: decision upheld',
    'legacy-2008': 'litigation.upheld',
    'gov-2019': 'litigation.direct.upheld + litigation.afterReview.upheld',
    'gov-2021': 'litigation.direct.upheld + litigation.afterReview.upheld',
  },
  {
    concept: 'Lawsuits: decision corrected',
    'legacy-2008': 'litigation.corrected',
    'gov-2019': 'litigation.direct.corrected + litigation.afterReview.corrected',
    'gov-2021': 'litigation.direct.corrected + litigation.afterReview.corrected',
  },
  {
    concept: 'Fees charged for disclosure (万元)',
    'legacy-2008': 'fees',
    'gov-2019': null,
    'gov-2021': null,
    note: 'from 2019 stated in section 六 text only',
  },
  { concept: 'Complaints', 'legacy-2008': 'complaints', 'gov-2019': null, 'gov-2021': null },
  { concept: 'Staff working on disclosure', 'legacy-2008': 'capacity.staff', 'gov-2019': null, 'gov-2021': null },
];

/**
 * The keys a crosswalk cell names.
 * @param cell A crosswalk cell.
 * @returns Plain keys, plus `prefix.*` patterns as written.
 */
export function crosswalkKeys(cell: string | null): string[] {
  if (cell === null) return [];
  return cell
    .replace(/^Σ\s*/u, '')
    .split('+')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
