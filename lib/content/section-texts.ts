import type { Section } from "./types";

/** Everything a section prints, in order: its headline, its caption, its paragraphs. */
export function sectionTexts(section: Pick<Section, "title" | "caption" | "paragraphs">): string[] {
  return [section.title ?? "", section.caption?.text ?? "", ...section.paragraphs.map((paragraph) => paragraph.text)];
}
