/**
 * A document that breaks the format. The message always names the file and the
 * line, so an author adding a document to content/ can go straight to the fault.
 */
export class DocumentFormatError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = "DocumentFormatError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
