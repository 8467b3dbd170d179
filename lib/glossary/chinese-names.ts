import { getStudySets } from "../content/study-sets";
import { getDocumentGlossary } from "./document-glossary";

// English form → Chinese for every person, place and organisation of every document's
// glossary: what the Chinese interface shows beside a name. Server and build code only.

export function getChineseNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const document of getStudySets()) {
    for (const entry of getDocumentGlossary(document.slug)) {
      if (entry.kind === "term") continue;
      for (const form of entry.en) names[form] ??= entry.zh;
    }
  }
  return names;
}
