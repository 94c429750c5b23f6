/**
 * Paragraph assembly: lines broken mid-sentence are joined back (a line that
 * does not end a sentence continues on the next), keeping a map from each
 * character of the joined text to its offset in the parsed text.
 */
import type { Paragraph } from '../types.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { endsSentence, lineJoint } from './text.js';

/**
 * A paragraph being assembled from line pieces. Most paragraphs are one line: a draft holds its first piece as it
 * is, and makes the list of pieces only when a second one is appended.
 */
export class ParagraphDraft {
  /** The first piece. */
  private readonly first: string;
  /** Every piece as joined (a space may lead a piece between two Latin words), once there are two; else null. */
  private parts: string[] | null = null;
  /** Per piece, its index in `text` then its offset in the parsed text (flat pairs). */
  private readonly pieces: number[];
  private length: number;
  private last: string;
  private joined: string | null = null;
  end: number;
  /** Whether the next line continues this paragraph (decided by the last piece only: linear in the input). */
  open: boolean;

  /**
   * @param text First piece.
   * @param offset Its offset in the parsed text.
   * @param end Exclusive end offset of the piece.
   */
  constructor(text: string, offset: number, end: number) {
    this.first = text;
    this.pieces = [0, offset];
    this.length = text.length;
    this.last = text;
    this.end = end;
    this.open = !endsSentence(text);
  }

  /** The joined text (built once, on first use). */
  get text(): string {
    if (this.parts === null) return this.first;
    this.joined ??= this.parts.join('');
    return this.joined;
  }

  /**
   * @param text Next piece.
   * @param offset Its offset.
   * @param end Its exclusive end offset.
   */
  append(text: string, offset: number, end: number): void {
    // Only the boundary characters decide the joint: never re-read (nor copy) the whole paragraph.
    const part = lineJoint(this.last, text) + text;
    if (this.parts === null) this.parts = [this.first, part];
    else this.parts.push(part);
    this.length += part.length;
    this.pieces.push(this.length - text.length, offset);
    this.last = text;
    this.joined = null;
    this.end = end;
    this.open = !endsSentence(text);
  }

  /**
   * @param index Index into `text`.
   * @returns Offset in the parsed text.
   */
  offsetOf(index: number): number {
    const pieces = this.pieces;
    let lo = 0;
    let hi = (pieces.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[2 * mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return pieces[2 * lo + 1]! + (index - pieces[2 * lo]!);
  }

  /**
   * @param from Start index in `text`.
   * @param to Exclusive end index.
   * @param mapper Position mapper.
   * @returns The slice as a Paragraph.
   */
  slice(from: number, to: number, mapper: PositionMapper): Paragraph {
    const start = this.offsetOf(from);
    const end = to >= this.text.length ? this.end : this.offsetOf(to);
    return { text: this.text.slice(from, to).trim(), position: mapper.position(start, Math.max(start, end)) };
  }

  /** @param mapper Position mapper. @returns The whole paragraph. */
  toParagraph(mapper: PositionMapper): Paragraph {
    return this.slice(0, this.text.length, mapper);
  }
}

/** Collects paragraphs from lines, joining broken ones. */
export class ParagraphCollector {
  readonly drafts: ParagraphDraft[] = [];
  private current: ParagraphDraft | null = null;

  /**
   * @param text The line's text.
   * @param offset Its start offset.
   * @param end Its exclusive end offset.
   * @param forceNew Start a new paragraph even if the last one is open.
   */
  line(text: string, offset: number, end: number, forceNew = false): void {
    if (this.current && this.current.open && !forceNew) {
      this.current.append(text, offset, end);
    } else {
      this.current = new ParagraphDraft(text, offset, end);
      this.drafts.push(this.current);
    }
  }

  /** A blank line or a structural break: the next line starts a new paragraph. */
  close(): void {
    this.current = null;
  }
}
