import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import built from "@/lib/generated/content.json";
import { Glossary, SHARED_GLOSSARY, type GlossaryEntry } from "./shared-glossary";

// A document's glossary: its own `content/<slug>.glossary.json` (names particular to one
// visit) before the shared one. Read and validated once per process; a malformed file
// throws, which stops the build. Server and build code only (reads files).
const CONTENT_DIR = join(process.cwd(), "content");
const cache = new Map<string, GlossaryEntry[]>();

/**
 * The entries of a document's own glossary file, or none when it has no file. A production
 * build reads the snapshot bundled into it (as lib/content/study-sets.ts does).
 */
export function loadDocumentEntries(slug: string, dir = CONTENT_DIR): GlossaryEntry[] {
  const file = join(dir, `${slug}.glossary.json`);
  const snapshot: Record<string, string> = built.glossaries;
  const text = process.env.NODE_ENV === "production" && dir === CONTENT_DIR ? snapshot[slug] : existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (text === undefined) return [];
  const parsed = Glossary.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data.entries;
}

/** Every entry that applies to a document: its own first, then the shared ones. */
export function getDocumentGlossary(slug: string): GlossaryEntry[] {
  let entries = cache.get(slug);
  if (!entries) {
    entries = mergeGlossaries(loadDocumentEntries(slug), SHARED_GLOSSARY);
    cache.set(slug, entries);
  }
  return entries;
}

/** `first` and then every entry of `rest` none of whose English forms `first` already has. */
export function mergeGlossaries(first: readonly GlossaryEntry[], rest: readonly GlossaryEntry[]): GlossaryEntry[] {
  const forms = new Set(first.flatMap((entry) => entry.en));
  return [...first, ...rest.filter((entry) => !entry.en.some((form) => forms.has(form)))];
}
