import { MONTH_PATTERN } from "./dates";
import { parseDateline } from "./event-date";

// Where did the section's event happen? The lead sentence says "… in Islamabad" or
// "… in Islamabad, Pakistan on May 6"; a dateline says "BERLIN, May 9 (Xinhua) --".
// Anything less explicit gives null: the page shows nothing rather than a guess.

const NAME = "[A-Z][\\p{L}'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’-]*)*";
// "in X" or "in X, Y" where the phrase ends the clause (end, full stop, "on <date>", "during", …).
const IN_PLACE = new RegExp(
  `\\bin\\s+(?:the\\s+)?(${NAME}(?:,\\s+${NAME})?)(?=\\s*(?:$|[.;]|,\\s+(?:and|where|on|with)\\b|\\s+(?:on|during|at|from|for|after|before|when|where|to|that)\\b|,\\s+[a-z]|,\\s+${MONTH_PATTERN}\\s+\\d))`,
  "gu",
);
const NOT_A_PLACE = new RegExp(`^(?:${MONTH_PATTERN}|The|A|An|Chinese|English|Mandarin)\\b`);

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:["”’)]?)(?:\s+(?=[A-Z“"])|$)/.exec(text);
  return match ? match[1]! : text;
}

export function eventPlace(lead: string[], published: string): string | null {
  for (const text of lead) {
    const dateline = parseDateline(text, published);
    if (dateline) return dateline.place;
  }
  for (const text of lead) {
    const sentence = firstSentence(text);
    const places = [...sentence.matchAll(IN_PLACE)].map((match) => match[1]!).filter((place) => !NOT_A_PLACE.test(place));
    if (places.length > 0) return places[places.length - 1]!;
  }
  return null;
}
