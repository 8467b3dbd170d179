import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import type { Mention } from "./mentions";
import { documentVisitor } from "./event-context";
import { partiesNamed } from "./parties";
import { isSpokesperson } from "./people";
import { personAccept } from "./person-answers";
import { boilerplateWord } from "./position/boilerplate";
import { distinctiveStems } from "./position/position-index";

// Quote questions: who said an attributed statement ("Qin Gang said that …",
// "…, Munir said.", "For his part, Munir said …"). The answer is the speaker's full name
// (the sentence's short form is accepted typed); wrong choices are other people who took
// part in the visit.

const VERB = "said|noted|stressed|emphasized|emphasised|pointed out|added|underlined|stated|told reporters";
const MAX_PER_SPEAKER = 2;
/** Words no stock praise shares: fewer, and any speaker of the visit could have said it. */
const MIN_TELLING = 4;

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

export function quoteQuestions(analysis: SectionAnalysis, document: DocumentAnalysis): QuestionDraft[] {
  const perSpeaker = new Map<string, number>();
  const visitor = documentVisitor(document);
  // Wrong choices: people who took part in the visit, who could have said it.
  const speakers = [
    ...new Set(
      document.sections.flatMap((section) =>
        section.participants.filter((participant) => !isSpokesperson(participant.title)).map((participant) => participant.name),
      ),
    ),
  ];
  const drafts: QuestionDraft[] = [];
  for (const { text, line } of analysis.sentences) {
    const mentions = document.find(text);
    if (new Set(mentions.map((mention) => mention.person)).size !== 1) continue; // one speaker, no one else named
    const said = attribution(text, mentions);
    if (!said || said.content.split(/\s+/).length < 6) continue;
    const person = said.mention.person;
    // "Norway cherishes …" names its speaker's side; "… proposed by President Xi" is a
    // leader's phrase repeated, not the speaker's own words.
    // Any country of the visit named in the quote tells which side speaks ("glad to see Nigeria …"),
    // and so does its capital ("Beijing stands ready to work with Ulan Bator").
    if (partiesNamed(said.content).size > 0) continue;
    if (/\b(?:I|we|our|my)\b/.test(said.content) || /\bproposed by\b/i.test(said.content)) continue;
    // "he hoped the Canadians win …", "when he noticed a sign …": the narrator's words about
    // the speaker, or half a sentence, not what the speaker said.
    if (/\b(?:he|his|him|she|her)\b/i.test(said.content) || /^(?:when|while|if|as|after|before|because|since|although|though)\b/.test(said.content)) continue;
    const count = perSpeaker.get(person.name) ?? 0;
    if (count >= MAX_PER_SPEAKER) continue;
    perSpeaker.set(person.name, count + 1);
    // "bilateral relations have developed smoothly in recent years": praise any of them says.
    // A line a reader can tie to its speaker names something of its own (a place, a body, a
    // number) in words beyond the stock ones.
    const telling = distinctiveStems(
      said.content
        .split(/\s+/)
        .filter((word) => !boilerplateWord(word.replace(/[^\p{L}-]/gu, "")))
        .join(" "),
    );
    if (telling.length < MIN_TELLING || !/\s\p{Lu}|\d/u.test(said.content.slice(1))) continue;
    // "stressed on March 27 that …", "stressed the importance of …": a date or a topic, not words said.
    if (/^(?:on|in)\s|^the\s+(?:importance|need|significance)\b/.test(said.content)) continue;
    const verbEn = said.verb === "said" || !said.before ? "said" : said.verb;
    drafts.push({
      section: analysis.section.id,
      kind: "quote",
      prompt: {
        en: `Who ${verbEn}: “${said.content}”?`,
        zh: `下面这番话是谁说的？“${said.content}”`,
      },
      // The full name, as the choices give everyone: "Li" and "Lee" (both 李), or "Song" for
      // a vice minister the reader never met, tell a learner nothing.
      answer: person.name,
      accept: personAccept(person, document),
      source: text,
      sourceLine: line,
      pool: speakers.filter((other) => other !== person.name && !other.includes(person.name) && !person.name.includes(other)),
      alsoCorrect: [],
      // The visitor says most things in the releases: who said a line of theirs teaches little.
      score: person.name === visitor ? 0.5 : 0.8,
    });
  }
  return drafts;
}
