/**
 * What a worker's LibreOffice conversions have under way: process groups and temporary folders,
 * as the worker reports them. When the pool stops a worker (a file over --file-timeout), the
 * worker cannot clean up after itself; the pool does, so no LibreOffice is left running and no
 * temporary folder is left behind.
 */
import { rmSync } from "node:fs";
import { killConverter, type ConverterEvent } from "../input/convert";

export class Leftovers {
  private readonly processes = new Set<number>();
  private readonly folders = new Set<string>();

  note(event: ConverterEvent): void {
    if ("spawned" in event) this.processes.add(event.spawned);
    else if ("reaped" in event) this.processes.delete(event.reaped);
    else if ("made" in event) this.folders.add(event.made);
    else this.folders.delete(event.removed);
  }

  clean(): void {
    for (const pid of this.processes) killConverter(pid);
    for (const folder of this.folders) rmSync(folder, { recursive: true, force: true });
    this.processes.clear();
    this.folders.clear();
  }
}
