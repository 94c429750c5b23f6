/**
 * The assemble stage: the blocks of report text (src/assemble/lines.ts, filled by the grammar) → Report (without template keys and
 * validation, which src/templates and src/validate add). The stage's one entry.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Paragraph, Report, Section } from '../types.js';
import type { PipelineContext } from '../pipeline/context.js';
import { buildDocument } from './document.js';
import type { Block } from './lines.js';
import { mergeTableBlocks } from './merge-blocks.js';
import { readMetadata } from './read-metadata.js';
import { findContact } from './contact.js';
import type { PositionMapper } from '../pipeline/source-map.js';

/**
 * @param lines The blocks the grammar's lines made (src/pipeline/grammar.ts `runGrammar`).
 * @param mapper Offset → position in the caller's text.
 * @param context The pipeline's context: `fileName` for `source`, and the diagnostics list this stage
 *   appends to, which becomes `report.diagnostics`.
 * @returns The Report.
 */
export function buildReport(
  lines: Block[],
  mapper: PositionMapper,
  context: Pick<PipelineContext, 'fileName' | 'diagnostics'>,
): Report {
  const { diagnostics, fileName } = context;
  const blocks = mergeTableBlocks(lines, mapper, diagnostics);
  const parts = buildDocument(blocks, mapper, diagnostics);
  const { agency, year, publishedOn, monthOnly } = readMetadata(parts);
  const narrative = narrativeTexts(parts);
  if (parts.sections.length === 0 && parts.tables.length === 0 && blocks.some((block) => block.kind !== 'blank')) {
    diagnostics.push(
      createDiagnostic(
        'assemble-no-report-content',
        'warning',
        'The text has no numbered sections and no tables: it may not be an annual report.',
        {
          origin: 'assemble',
          note: 'An error page, a scan without text, or a different document saved under a report name look like this.',
        },
      ),
    );
  }
  const missing = [
    agency === null && 'agency',
    year === null && 'year',
    publishedOn === null && 'publication date',
  ].filter(Boolean);
  if (missing.length > 0) {
    diagnostics.push(
      createDiagnostic('assemble-metadata-missing', 'info', `No ${missing.join(', ')} could be found in the report.`, {
        origin: 'assemble',
        actual: missing,
        ...(monthOnly === null ? {} : { note: `The date line gives a month but no day (${monthOnly}).` }),
      }),
    );
  }
  return {
    schemaVersion: 1,
    source: { format: 'text', encoding: null, fileName, pages: null },
    template: 'unknown',
    title: parts.title,
    titlePosition:
      parts.titleLines.length > 0
        ? mapper.position(parts.titleLines[0]!.start, parts.titleLines[parts.titleLines.length - 1]!.end)
        : null,
    agency,
    year,
    publishedOn,
    contact: findContact(narrative),
    preamble: parts.preamble,
    sections: parts.sections,
    signature: parts.signature,
    appendix: parts.appendix,
    tables: parts.tables,
    indicators: {},
    diagnostics,
  };
}

/** The texts of the preamble, of every section's paragraphs (in document order) and of the appendix. */
function narrativeTexts(parts: { preamble: Paragraph[]; sections: Section[]; appendix: Paragraph[] }): string[] {
  const out: string[] = [];
  const add = (paragraphs: Paragraph[]): void => {
    for (let i = 0; i < paragraphs.length; i++) out.push(paragraphs[i]!.text);
  };
  const walk = (list: Section[]): void => {
    for (const section of list) {
      add(section.paragraphs);
      walk(section.children);
    }
  };
  add(parts.preamble);
  walk(parts.sections);
  add(parts.appendix);
  return out;
}
