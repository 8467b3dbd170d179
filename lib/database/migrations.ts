import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Provider } from "./url";
import { DatabaseProblem, lastMeaningfulLine } from "./problem";

// The committed migrations of a provider, and `prisma migrate deploy` run on a url with
// its output kept, so a failure becomes one line instead of Prisma's screenful.

export function migrationNames(provider: Provider): string[] {
  return readdirSync(join("prisma", provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function runPrisma(args: string[], url: string, label: string): void {
  try {
    execFileSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new DatabaseProblem(`${label}: prisma ${args[0]} ${args[1] ?? ""} failed: ${lastMeaningfulLine(`${output.stdout ?? ""}\n${output.stderr ?? ""}`)}`);
  }
}
