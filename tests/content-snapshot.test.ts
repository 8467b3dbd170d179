import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudySets } from "@/lib/content/study-sets";
import { parseDocument } from "@/lib/content/parse-document";
import { loadDocumentEntries } from "@/lib/glossary/document-glossary";
// @ts-expect-error: a plain .mjs script without type declarations
import { snapshotContent } from "../scripts/snapshot-content.mjs";

// The snapshot a production build bundles (and its workers serve) holds exactly what
// content/ holds when the build starts: every document and every document glossary.
describe("content snapshot", () => {
  it("parses to the same study sets and glossaries as content/", () => {
    const dir = mkdtempSync(join(tmpdir(), "visit-content-"));
    try {
      const out = join(dir, "content.json");
      snapshotContent("content", out);
      const snapshot = JSON.parse(readFileSync(out, "utf8")) as { documents: { name: string; text: string }[]; glossaries: Record<string, string> };
      const fromDisk = loadStudySets();
      expect(snapshot.documents.map(({ name, text }) => parseDocument(text, `content/${name}`))).toEqual(fromDisk);
      for (const set of fromDisk) {
        const own = snapshot.glossaries[set.slug];
        expect(own === undefined ? [] : JSON.parse(own).entries).toEqual(loadDocumentEntries(set.slug));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
