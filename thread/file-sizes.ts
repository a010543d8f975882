import type { RemoteFile } from "../core/port.js";
import type { SourceFile } from "../core/source.js";

/**
 * The size of each file a job may judge, known in the worker, where the files are: those the job
 * was handed and those its port reads answered. A stopped file is reported with its size.
 */
export class FileSizes {
  private readonly sizes = new Map<string, number>();

  /** The first size heard for a path wins: a file read at the head, then at the base, is the head's. */
  note(file: SourceFile | RemoteFile | null | undefined): void {
    if (!file || this.sizes.has(file.path)) return;
    this.sizes.set(file.path, "byteSize" in file ? file.byteSize : byteSize(file));
  }

  noteAll(files: Iterable<SourceFile | RemoteFile | null> | undefined): void {
    for (const file of files ?? []) this.note(file);
  }

  of(path: string): number {
    return this.sizes.get(path) ?? 0;
  }
}

function byteSize(file: SourceFile): number {
  return typeof file.content === "string"
    ? Buffer.byteLength(file.content, "utf8")
    : file.content.byteLength;
}
