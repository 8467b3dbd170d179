import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import built from "@/lib/generated/content.json";
import { parseDocument } from "./parse-document";
import type { ParsedDocument, Section } from "./types";

// Every `.txt` file in content/ is a study set: adding a document needs no code change.
// Parsed once per process; a malformed file throws DocumentFormatError, which stops `next
// build` with the file and line. A production build reads the snapshot bundled into it
// (scripts/snapshot-content.mjs), so every worker serves the content it was built with;
// development, tests and scripts read content/ itself.
const CONTENT_DIR = join(process.cwd(), "content");

let cache: ParsedDocument[] | null = null;

export function loadStudySets(dir = CONTENT_DIR): ParsedDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => parseDocument(readFileSync(join(dir, name), "utf8"), `content/${name}`));
}

export function getStudySets(): ParsedDocument[] {
  cache ??=
    process.env.NODE_ENV === "production"
      ? built.documents.map(({ name, text }) => parseDocument(text, `content/${name}`))
      : loadStudySets();
  return cache;
}

export function getStudySet(slug: string): ParsedDocument | undefined {
  return getStudySets().find((set) => set.slug === slug);
}

export function getSection(setSlug: string, sectionSlug: string): Section | undefined {
  return getStudySet(setSlug)?.sections.find((section) => section.slug === sectionSlug);
}

export function getSectionById(sectionId: string): Section | undefined {
  for (const set of getStudySets()) {
    const found = set.sections.find((section) => section.id === sectionId);
    if (found) return found;
  }
  return undefined;
}
