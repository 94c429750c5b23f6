/**
 * Parent and depth of table rows, from their markers: 一、 > (一) > 1. > (1) > ①,
 * whatever families a table uses, in the order it first uses them. A 其中 row
 * and the unmarked rows after it are children of the row above the 其中 row;
 * a 其中 row that opens a numbered list (其中：1、政府网站公开数) makes the rest
 * of that list (2、 3、 …) its siblings, until an unmarked row closes the list.
 */
import type { Row } from '../types.js';

interface Frame {
  family: string;
  /** The row that opened the frame. */
  row: number;
  /** The parent of the rows of this family. */
  parent: number | null;
  /** Opened by a 其中 list: an unmarked row closes it. */
  ofWhich: boolean;
}

/** Marker families carried by rows while the hierarchy is built. */
export interface RowMarks {
  family?: string | undefined;
  /** Family of a numbered list that starts inside a 其中 cell. */
  innerFamily?: string | undefined;
}

/** Adds rows to a table one by one, setting `parent` and `depth`. */
export class RowHierarchy {
  private stack: Frame[] = [];
  private ofWhichParent: number | null = null;

  /** @param rows The table's row list, appended to in place. */
  constructor(private readonly rows: Row[]) {}

  /**
   * @param row The row to add.
   * @param marks Its marker families.
   */
  add(row: Row, marks: RowMarks = {}): void {
    const index = this.rows.length;
    const { family, innerFamily } = marks;
    if (family === 'of-which') {
      const above = this.ofWhichParent ?? (index > 0 ? index - 1 : null);
      this.attach(row, above);
      if (innerFamily) {
        this.ofWhichParent = null;
        this.open(innerFamily, index, above, true);
      } else {
        this.ofWhichParent = above;
      }
    } else if (family === undefined) {
      while (this.stack[this.stack.length - 1]?.ofWhich) this.stack.pop();
      this.attach(row, this.ofWhichParent ?? this.stack[this.stack.length - 1]?.row ?? null);
    } else {
      this.ofWhichParent = null;
      const at = this.stack.findIndex((frame) => frame.family === family);
      if (at >= 0) {
        const sibling = this.stack[at]!;
        while (this.stack.length > at) this.stack.pop();
        this.attach(row, sibling.parent);
        this.open(family, index, sibling.parent, sibling.ofWhich);
      } else {
        const parent = this.stack[this.stack.length - 1]?.row ?? null;
        this.attach(row, parent);
        this.open(family, index, parent, false);
      }
    }
    this.rows.push(row);
  }

  private open(family: string, row: number, parent: number | null, ofWhich: boolean): void {
    this.stack.push({ family, row, parent, ofWhich });
  }

  private attach(row: Row, parent: number | null): void {
    row.parent = parent;
    row.depth = parent === null ? 0 : this.rows[parent]!.depth + 1;
  }
}
