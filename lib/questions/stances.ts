// The words that say a party takes a position, and what kind: "agreed to" (agree), "is
// ready to / will / does not" (pledge), "should / must / can" (should), "opposes / rejects
// and condemns" (oppose), "supports / welcomes" (support), "calls for / urges" (call),
// "hopes / looks forward to" (hope). Each pattern ends where what is held starts.

export type Stance = "agree" | "pledge" | "support" | "oppose" | "call" | "should" | "hope" | "view";
/** Verb phrases ("strengthen …") or noun phrases ("any attempt to contain China"). */
export type PositionForm = "verb" | "noun";

const ADVERBS =
  "(?:(?:also|always|firmly|resolutely|strongly|fully|further|jointly|actively|still|both|all|hereby|once again|again|each|,?\\s*as always,?)\\s+)*";
// "The two leaders will also witness the signing …", "Xi will wrap up his trip in …": the
// programme of the visit, not a commitment.
const SCHEDULE = "(?:witness|attend|visit|meet|hold|travel|leave|arrive|wrap\\s+up|address|deliver|pay|tour|fly|head|stay|return|sign|co-chair|chair)\\b";
const STANCES: { stance: Stance; form: PositionForm; pattern: RegExp }[] = [
  { stance: "agree", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:have\\s+|has\\s+)?(?:agreed|agree|agrees|decided|decide)\\s+to\\s+`) },
  { stance: "pledge", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:pledged|pledges|vowed|vows|promised|promises)\\s+to\\s+`) },
  {
    stance: "pledge",
    form: "verb",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:is|are|stands?|stood|remains?|was|were)\\s+${ADVERBS}(?:ready|willing|determined|prepared)\\s+to\\s+`),
  },
  {
    stance: "pledge",
    form: "noun",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:is|are|remains?|was|were|has\\s+been|have\\s+been)\\s+${ADVERBS}committed\\s+to\\s+`),
  },
  {
    stance: "pledge",
    form: "verb",
    pattern: new RegExp(
      `^\\s*(?:will|would)\\s+${ADVERBS}(?:(?:never|not)\\s+|continue\\s+to\\s+|work\\s+to\\s+)?${ADVERBS}(?=[a-z])(?!${ADVERBS}${SCHEDULE})`,
    ),
  },
  { stance: "pledge", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:does|do|did)\\s+not\\s+(?=[a-z])`) },
  { stance: "should", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:should|must|needs?\\s+to|have\\s+to|has\\s+to|can)\\s+${ADVERBS}(?=[a-z])`) },
  { stance: "pledge", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:am|is|are)\\s+${ADVERBS}ready\\s+to\\s+`) },
  {
    stance: "oppose",
    form: "noun",
    pattern: new RegExp(
      `^\\s*${ADVERBS}(?:(?:opposed|opposes|oppose|rejected|rejects|reject|condemned|condemns|condemn|objected to|objects to)\\s+(?:and\\s+${ADVERBS})?)+`,
    ),
  },
  {
    stance: "support",
    form: "noun",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:supported|supports|support|backs|backed|welcomed|welcomes|welcome|respects|respected|respect)\\s+`),
  },
  { stance: "call", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:called|calls|call)\\s+for\\s+`) },
  { stance: "call", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:urged|urges|urge|advocated|advocates|advocate|proposed|proposes|propose)\\s+`) },
  {
    stance: "hope",
    form: "noun",
    pattern: new RegExp(
      `^\\s*${ADVERBS}(?:hopes?|hoped|expects?|expected|looks?\\s+forward\\s+to|looked\\s+forward\\s+to|expressed\\s+(?:the\\s+|his\\s+|her\\s+)?hope)\\s+(?:that\\s+)?`,
    ),
  },
  // Xinhua: "Wang expressed China's readiness to align with Namibia …".
  {
    stance: "pledge",
    form: "verb",
    pattern: /^\s*expressed\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:\p{Lu}[\p{L}-]*['’]s|its|his|her|their)\s+(?:readiness|willingness)\s+to\s+/u,
  },
  // "the two sides announced that they would hold …": what both will do.
  { stance: "agree", form: "verb", pattern: /^\s*(?:also\s+)?announced\s+(?:that\s+)?(?:they|it)\s+(?:would|will)\s+/ },
  // "The two sides affirmed the positive progress …", "China believes that …": a view stated as such.
  {
    stance: "view",
    form: "noun",
    pattern: new RegExp(
      `^\\s*${ADVERBS}(?:affirmed|reaffirmed|affirms|reaffirms|believes|believed|appreciates|appreciated|highlighted|highlights)\\s+(?:that\\s+)?`,
    ),
  },
  { stance: "call", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:called|calls)\\s+on\\s+[^.]{2,80}?\\s+to\\s+`) },
];

// "Merz met with Wang Yi on Friday, pledging to work with China …".
const PARTICIPLE_STANCE = /,\s+(?:pledging|vowing|promising|agreeing)\s+to\s+/;

export function participleStance(text: string): { stance: Stance; form: PositionForm; length: number } | null {
  const match = PARTICIPLE_STANCE.exec(text);
  return match ? { stance: "pledge", form: "verb", length: match.index + match[0].length } : null;
}

export function stanceAt(text: string): { stance: Stance; form: PositionForm; length: number } | null {
  for (const { stance, form, pattern } of STANCES) {
    const match = pattern.exec(text);
    if (match) return { stance, form, length: match[0].length };
  }
  return null;
}
