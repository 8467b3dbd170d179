import { GLOSSARY_KINDS } from "@/lib/glossary/shared-glossary";

type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** Each glossary kind's name ("person", "地名"…), translated by the caller's `Glossary` translator. */
export function kindLabels(t: (key: `kinds.${GlossaryKind}`) => string): Record<GlossaryKind, string> {
  return Object.fromEntries(GLOSSARY_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])) as Record<GlossaryKind, string>;
}
