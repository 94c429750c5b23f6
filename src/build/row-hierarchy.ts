/**
 * Parent and depth of table rows, from their markers: 一、 > (一) > 1. > (1) > ①,
 * whatever families a table uses, in the order it first uses them. A 其中 row
 * and the unmarked rows after it are children of the row above the 其中 row.
 */
import type { Row } from '../types.js';

interface Frame {
  family: string;
  row: number;
}

/** Adds rows to a table one by one, setting `parent` and `depth`. */
export class RowHierarchy {
  private stack: Frame[] = [];
  private ofWhichParent: number | null = null;

  /** @param rows The table's row list, appended to in place. */
  constructor(private readonly rows: Row[]) {}

  /** @param row A row carrying its marker family in a temporary `family` field. */
  add(row: Row): void {
    const index = this.rows.length;
    const family = (row as Row & { family?: string }).family;
    delete (row as Row & { family?: string }).family;
    if (family === 'of-which') {
      const above = this.ofWhichParent ?? (index > 0 ? index - 1 : null);
      this.ofWhichParent = above;
      this.attach(row, above);
    } else if (family === undefined) {
      this.attach(row, this.ofWhichParent ?? this.stack[this.stack.length - 1]?.row ?? null);
    } else {
      this.ofWhichParent = null;
      const at = this.stack.findIndex((frame) => frame.family === family);
      if (at >= 0) this.stack.length = at;
      this.attach(row, this.stack[this.stack.length - 1]?.row ?? null);
      this.stack.push({ family, row: index });
    }
    this.rows.push(row);
  }

  private attach(row: Row, parent: number | null): void {
    row.parent = parent;
    row.depth = parent === null ? 0 : this.rows[parent]!.depth + 1;
  }
}
