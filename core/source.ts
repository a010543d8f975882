/** A file handed to the engine by a surface (CLI, Action, App). The engine never reads files itself. */
export interface SourceFile {
  /** Repository-relative POSIX path, used in findings. */
  path: string;
  /** Raw bytes, or text already decoded. Bytes are checked for UTF-8 by the engine. */
  content: Uint8Array | string;
  /** Set by a surface when the file could not be read at all (symlink outside the repo, binary, ...). */
  unreadable?: string;
  /**
   * Set by a surface that did not download the file because its declared size (in bytes) is over
   * `limits.max_file_bytes`: the file is `file-too-large` without being read (`content` is empty).
   */
  tooLarge?: number;
}
