// A start-up failure said in one line that names the database and the cause, and, when
// the file is beyond repair, where to go next. Nothing else is printed for it: no stack,
// no Prisma error id.
export class DatabaseProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseProblem";
  }
}

export const RESTORE_HINT = "restore it from a backup: npm run db:restore";

/** The last line of a tool's output that says something (Prisma ends with the cause). */
export function lastMeaningfulLine(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^(Loaded Prisma config|Prisma schema loaded|Datasource|Environment variables|warn)/i.test(line));
  return lines[lines.length - 1] ?? "no output";
}
