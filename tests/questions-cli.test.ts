import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { SectionFacts } from "../lib/questions/types";

// The CLI as authors run it: a real process, JSON on stdout, errors on stderr.

const TSX = "node_modules/.bin/tsx";
const SLOW = 60_000; // each run starts tsx, a few seconds on a busy 2-core machine
// Every case spawns the CLI, so every case gets the slow timeout.
const slowIt = (name: string, body: () => void) => it(name, body, SLOW);
const run = (...args: string[]) => spawnSync(TSX, ["scripts/questions.ts", ...args], { encoding: "utf8", timeout: 60_000 });

type Output = {
  documents: {
    file: string;
    published: string;
    sections: SectionFacts[];
    questions: {
      id: string;
      section: string;
      kind: string;
      prompt: { en: string; zh: string };
      choices: string[];
      answer: string;
      accept: string[];
      source: string;
    }[];
  }[];
};

describe("npm run questions", () => {
  slowIt("prints every content/ document's bank in the documented shape", () => {
    const result = run();
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Output;
    const seed = output.documents.find((document) => document.file === "content/qin-gang-islamabad-2023-05.txt")!;
    expect(seed.published).toBe("2023-05-08");
    expect(Object.keys(seed)).toEqual(["file", "published", "sections", "questions"]);
    expect(Object.keys(seed.sections[0]!)).toEqual(["id", "index", "title", "labelZh", "date", "place", "participants"]);
    expect(seed.sections[0]).toMatchObject({ index: 0, title: null, labelZh: null, date: "2023-05-05", place: "Islamabad" });
    expect(Object.keys(seed.questions[0]!)).toEqual(["id", "section", "kind", "prompt", "choices", "answer", "accept", "source"]);
    expect(seed.questions.length).toBeGreaterThanOrEqual(30);
  });

  slowIt("prints one file's bank with --file, the same on every run", () => {
    const first = run("--file", "tests/fixtures/zhao-berlin-2024-05.txt");
    expect(first.status).toBe(0);
    const output = JSON.parse(first.stdout) as Output;
    expect(output.documents.map((document) => document.file)).toEqual(["tests/fixtures/zhao-berlin-2024-05.txt"]);
    expect(output.documents[0]!.sections[1]!.date).toBe("2024-05-07");
    expect(run("--file", "tests/fixtures/zhao-berlin-2024-05.txt").stdout).toBe(first.stdout);
  });

  slowIt("fails on a malformed file with its file and line on stderr and nothing on stdout", () => {
    const result = run("--file", "tests/fixtures/parser/unclosed-bracket.txt");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^tests\/fixtures\/parser\/unclosed-bracket\.txt:3: unclosed bracket/);
  });

  slowIt("fails on a missing file without printing JSON", () => {
    const result = run("--file", "tests/fixtures/does-not-exist.txt");
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/does-not-exist\.txt/);
  });
});
