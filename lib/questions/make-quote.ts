import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import type { Mention } from "./mentions";
import { documentVisitor } from "./event-context";
import { countriesIn } from "./parties";
import { personAccept } from "./person-answers";

// Quote questions: who said an attributed statement ("Qin Gang said that …",
// "…, Munir said.", "For his part, Munir said …"). The answer is the speaker as the
// sentence names them, so it appears in the source verbatim; wrong choices are other
// people named the same way (full names for a full name, short names for a short one).

const VERB = "said|noted|stressed|emphasized|emphasised|pointed out|added|underlined|stated|told reporters";
const MAX_PER_SPEAKER = 2;

type Said = { mention: Mention; verb: string; content: string; before: boolean };

function attribution(sentence: string, mentions: Mention[]): Said | null {
  for (const mention of mentions) {
    const after = sentence.slice(mention.end);
    const prefix = sentence.slice(0, mention.start);
    // Speaker first: "Qin Gang said that …" (only an allowed opener may precede the name).
    const lead = new RegExp(`^\\s+(${VERB})(?:\\s+that)?\\s+(.+?)[.]?$`).exec(after);
    if (lead && (prefix === "" || /^(?:For (?:his|her) part,\s+|Noting that .*,\s+)$/.test(prefix))) {
      return { mention, verb: lead[1]!, content: lead[2]!, before: true };
    }
    // Speaker last: "China firmly supports …, Qin said."
    if (/^\s+said\.?["”]?$/.test(after) && /,["”]?\s*$/.test(prefix)) {
      return { mention, verb: "said", content: prefix.replace(/,["”]?\s*$/, "").replace(/^["“]/, ""), before: false };
    }
  }
  return null;
}

/**
 * How the text itself shortens people ("Qin", "Munir", "Alvi"). Only those: guessing a
 * short form would offer "Jinping" for Xi Jinping, whose family name comes first.
 */
function shortNames(document: DocumentAnalysis): string[] {
  return document.people.flatMap((person) => [...(document.aliases.get(person) ?? [])]);
}

export function quoteQuestions(analysis: SectionAnalysis, document: DocumentAnalysis): QuestionDraft[] {
  const perSpeaker = new Map<string, number>();
  const visitor = documentVisitor(document);
  // Wrong choices: people who took part in the visit, who could have said it.
  const speakers = [...new Set(document.sections.flatMap((section) => section.participants.map((participant) => participant.name)))];
  const drafts: QuestionDraft[] = [];
  for (const { text, line } of analysis.sentences) {
    const mentions = document.find(text);
    if (new Set(mentions.map((mention) => mention.person)).size !== 1) continue; // one speaker, no one else named
    const said = attribution(text, mentions);
    if (!said || said.content.split(/\s+/).length < 6) continue;
    const person = said.mention.person;
    // "Norway cherishes …" names its speaker's side; "… proposed by President Xi" is a
    // leader's phrase repeated, not the speaker's own words.
    // Any country of the visit named in the quote tells which side speaks ("glad to see Nigeria …").
    if (countriesIn(said.content).size > 0) continue;
    if (/\b(?:I|we|our|my)\b/.test(said.content) || /\bproposed by\b/i.test(said.content)) continue;
    // "he hoped the Canadians win …", "when he noticed a sign …": the narrator's words about
    // the speaker, or half a sentence, not what the speaker said.
    if (/\b(?:he|his|him|she|her)\b/i.test(said.content) || /^(?:when|while|if|as|after|before|because|since|although|though)\b/.test(said.content)) continue;
    const count = perSpeaker.get(person.name) ?? 0;
    if (count >= MAX_PER_SPEAKER) continue;
    perSpeaker.set(person.name, count + 1);
    const written = text.slice(said.mention.start, said.mention.end);
    const full = written === person.name;
    const verbEn = said.verb === "said" || !said.before ? "said" : said.verb;
    drafts.push({
      section: analysis.section.id,
      kind: "quote",
      prompt: {
        en: `Who ${verbEn}: “${said.content}”?`,
        zh: `下面这番话是谁说的？“${said.content}”`,
      },
      answer: written,
      accept: personAccept(person, document),
      source: text,
      sourceLine: line,
      // Never the speaker under another form ("Wang Yi" where the text says "Wang").
      pool: (full ? speakers : shortNames(document)).filter((other) => !other.includes(written) && !person.name.includes(other)),
      alsoCorrect: full ? [] : [person.name, ...person.name.split(/\s+/)],
      // The visitor says most things in the releases: who said a line of theirs teaches little.
      score: person.name === visitor ? 0.5 : 0.8,
    });
  }
  return drafts;
}
