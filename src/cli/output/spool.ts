/**
 * Rows kept on disk until the workbook is written. A streaming XLSX writer writes its sheets one
 * after the other, the first in full before the next, but every file adds rows to all three
 * sheets; holding the later sheets in memory would grow with the run. So each table goes to a
 * temporary file of JSON lines while files are read, and is replayed sheet by sheet at the end,
 * which also lets the column widths fit every row.
 */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { createInterface } from "node:readline";
import type { Row } from "../../export/rows";
import { textWidth } from "../../export/width";

export class Spool {
  private readonly stream: WriteStream;
  /** The widest text seen in each column, in width units (width.ts). */
  readonly widest: number[];
  count = 0;

  constructor(readonly path: string, columns: number) {
    this.stream = createWriteStream(path);
    this.widest = new Array<number>(columns).fill(0);
  }

  async add(rows: readonly Row[]): Promise<void> {
    for (const row of rows) {
      row.cells.forEach((cell, i) => {
        if (cell !== null) this.widest[i] = Math.max(this.widest[i], textWidth(String(cell)));
      });
      this.count++;
      if (!this.stream.write(JSON.stringify(row) + "\n")) await once(this.stream, "drain");
    }
  }

  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
  }

  async *rows(): AsyncGenerator<Row> {
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    for await (const line of lines) if (line !== "") yield JSON.parse(line) as Row;
  }
}
