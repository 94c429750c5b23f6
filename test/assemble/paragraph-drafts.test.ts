/**
 * Paragraph drafts (src/assemble/paragraphs.ts) keep a one-line paragraph's piece as it is and list the pieces only
 * from the second one on, their places as flat pairs: checked against the draft that listed every piece as an object.
 */
import { describe, expect, it } from 'vitest';
import { random } from '../helpers/draw.js';
import { ParagraphDraft } from '../../src/assemble/paragraphs.js';
import { endsSentence, lineJoint } from '../../src/assemble/text.js';
import { PositionMapper } from '../../src/pipeline/source-map.js';

/** The draft as first written: every piece in a list, each piece's place an object. */
class ListedDraft {
  readonly parts: string[] = [];
  readonly pieces: { at: number; offset: number }[] = [];
  length = 0;
  last = '';
  open = true;
  end = 0;

  append(text: string, offset: number, end: number): void {
    const part = this.parts.length === 0 ? text : lineJoint(this.last, text) + text;
    this.parts.push(part);
    this.length += part.length;
    this.pieces.push({ at: this.length - text.length, offset });
    this.last = text;
    this.end = end;
    this.open = !endsSentence(text);
  }

  get text(): string {
    return this.parts.join('');
  }

  offsetOf(index: number): number {
    let piece = this.pieces[0]!;
    for (const candidate of this.pieces) if (candidate.at <= index) piece = candidate;
    return piece.offset + (index - piece.at);
  }
}

const PIECES = ['政府信息公开', 'annual report', 'of', '。', '一是加强领导，', 'Open', 'x', '  ', '2019年；'];

describe('paragraph drafts', () => {
  it('join one or more pieces and map every index and slice as the listed draft does', () => {
    const rand = random(15_087);
    const text = 'x'.repeat(5000);
    const mapper = new PositionMapper(text, text, null);
    for (let round = 0; round < 3000; round++) {
      const count = 1 + Math.floor(rand() * 4);
      let offset = Math.floor(rand() * 100);
      const listed = new ListedDraft();
      let draft: ParagraphDraft | null = null;
      for (let i = 0; i < count; i++) {
        const piece = PIECES[Math.floor(rand() * PIECES.length)]!;
        const end = offset + piece.length;
        listed.append(piece, offset, end);
        if (draft === null) draft = new ParagraphDraft(piece, offset, end);
        else draft.append(piece, offset, end);
        offset = end + 1 + Math.floor(rand() * 5);
      }
      expect(draft!.text).toBe(listed.text);
      expect([draft!.open, draft!.end]).toEqual([listed.open, listed.end]);
      for (let index = -1; index <= listed.text.length + 1; index++)
        expect(draft!.offsetOf(index)).toBe(listed.offsetOf(index));
      const from = Math.floor(rand() * listed.text.length);
      const to = from + Math.floor(rand() * (listed.text.length - from + 1));
      const slice = draft!.slice(from, to, mapper);
      const start = listed.offsetOf(from);
      const stop = to >= listed.text.length ? listed.end : listed.offsetOf(to);
      expect(slice).toEqual({
        text: listed.text.slice(from, to).trim(),
        position: mapper.position(start, Math.max(start, stop)),
      });
    }
  });
});
