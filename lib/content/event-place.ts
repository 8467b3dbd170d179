import { MONTH_PATTERN, WEEKDAYS } from "./dates";
import { COUNTRIES, countryOf, countryOfCapital } from "./gazetteer";
import { BARE_DATELINE, DATELINE_PREFIX, explicitDate, parseDateline, placeDateline } from "./event-date";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Where did the section's event happen? The lead sentence says "… in Islamabad" or
// "… in Islamabad, Pakistan on May 6"; a dateline says "BERLIN, May 9 (Xinhua) --".
// Anything less explicit gives null: the page shows nothing rather than a guess.

// "Dar es Salaam", "Rio de Janeiro": the small words inside a place's name; "St. Petersburg":
// an abbreviated first word.
// A weekday or a month is no part of a place: "in New Delhi Wednesday", "in New York Sept. 22";
// "in New York, U.S., Sept. 18": the country's abbreviation is whole, not "U".
const WORD = `(?:(?:St|Ste|Mt|Ft)\\.|D\\.C\\.|U\\.S\\.|U\\.K\\.|(?!(?:${WEEKDAYS.join("|")})\\b|${MONTH_PATTERN}(?![\\p{L}]))[A-Z][\\p{L}'’-]*)`;
const NAME = `${WORD}(?:\\s+(?:(?:of|es|de|do|da|del|la|el)\\s+)?${WORD})*`;
// "in X" or "in X, Y" (or "in the Tanzanian city of X") where the phrase ends the clause (end, full stop, "on <date>", "during",
// a caption's ", Monday, Oct. 15", …).
const IN_PLACE = new RegExp(
  `\\bin\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+(?:city|capital|port city|coastal city)\\s+of\\s+)?(${NAME}(?:,\\s+(?!${MONTH_PATTERN}\\b)${NAME})?)(?=(?<=D\\.C\\.)|\\s*(?:$|[.;]|,\\s+(?:and|where|on|with)\\b|\\s+(?:on|during|at|from|for|after|before|when|where|to|that|with)\\b|\\s+(?:province|prefecture|state|region|county)\\b|,\\s+[a-z]|,?\\s+${MONTH_PATTERN}\\s+\\d|,\\s+(?:${WEEKDAYS.join("|")}),))`,
  "gu",
);
// "the situation in the Middle East": a region is no event's place.
const NOT_A_PLACE = new RegExp(
  `^(?:${MONTH_PATTERN}|The(?! Hague)|A|An|Chinese|English|Mandarin|United Nations|UN|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central)(?:ern)?\\s+China|Middle East|Far East|Asia|Asia-Pacific|Africa|Europe|Latin America|Caribbean|Pacific|Balkans|Gulf|Arctic|Americas|(?:Central|South|Southeast|East|West|North|Northeast)\\s+Asia)(?![\\p{L}-])`,
  "u",
);

function firstSentence(text: string): string {
  // "St. Petersburg", "Mr. Wang": an abbreviation's stop ends no sentence.
  // "U.S. President Joe Biden": an initial's stop neither.
  const match = /^(.+?(?<!\b(?:St|Ste|Mt|Ft|Mr|Mrs|Ms|Dr|[A-Z]))[.!?])(?:["”’)]?)(?:\s+(?=[A-Z“"])|$)/.exec(text);
  return match ? match[1]! : text;
}

const CAPITALS = COUNTRIES.flatMap((country) => country.capitals).filter((city) => /^\p{Lu}[\p{L} '’-]+$/u.test(city));
// A capital named after "in" or "at …,": "… at the presidential palace in Astana", "at Government House, Wellington".
const AT_CAPITALS = new RegExp(`(?:\\bin|\\bat\\s[^,.;]{3,60},)\\s+(${CAPITALS.map(escape).join("|")})(?![\\p{L}])`, "gu");
// A speech's place-and-date line: "Auckland, June 14, 2024".
// "Auckland, June 14, 2024" or "Bruges, 1 April 2014".
// "(Pretoria, South Africa, November 18, 2010)": in brackets, with the country.
const PLACE_DATE_LINE = new RegExp(
  `^\\(?(\\p{Lu}[\\p{L}'’ -]+?),\\s+(?:\\p{Lu}[\\p{L}'’ -]+,\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2},|\\d{1,2}\\s+${MONTH_PATTERN})\\s+\\d{4}\\)?$`,
  "u",
);

/** The place of a speech's place-and-date line ("Bishkek, 14 June 2019"), or null. */
export function placeDateLine(text: string): string | null {
  return PLACE_DATE_LINE.exec(text.trim())?.[1] ?? DATE_PLACE_LINE.exec(text.trim())?.[1] ?? null;
}

// A joint statement's line the other way round: "May 7, 2008 Tokyo".
const DATE_PLACE_LINE = new RegExp(`^(?:${MONTH_PATTERN}\\s+\\d{1,2},?|\\d{1,2}\\s+${MONTH_PATTERN})\\s+\\d{4},?\\s+(\\p{Lu}[\\p{L}'’ -]+)$`, "u");

/**
 * The event's place. `lead` (the first paragraph, then the caption) is read for a dateline
 * or "in X"; failing that, `body` (the next paragraphs) for a capital city or a speech's
 * place-and-date line, which name the place without a dateline.
 */
// Seats of government that releases name instead of their city: "met at the Great Hall of the
// People", "talks in the White House". Only buildings every reader places at once.
const LANDMARKS: [RegExp, string][] = [
  [/\bGreat Hall of the People\b|\bDiaoyutai\b|\bZhongnanhai\b|\bSummer Palace\b|\bForbidden City\b|\bPalace Museum\b|\bTian'?anmen\b/, "Beijing"],
  [/\bWhite House\b|\bCapitol Hill\b|\b(?:US|U\.S\.) Department of State\b|\bState Department\b/, "Washington"],
  // The Kremlin is Moscow's; "the Kazan Kremlin" is Kazan's.
  [/(?<!\p{Lu}\p{L}+\s)\bKremlin\b/u, "Moscow"],
  [/\b(?:Élysée|Elysee) Palace\b/, "Paris"],
  [/\bDowning Street\b/, "London"],
];

export function eventPlace(lead: string[], published: string, body: string[] = [], day: string | null = null): string | null {
  const landmark = (place: string | null) => (place ? (LANDMARKS.find(([pattern]) => pattern.test(place))?.[1] ?? place) : null);
  const found = landmark(leadPlace(lead, published, day));
  // "… at Riyadh's al-Yamamah Palace in Saudi Arabia": the country's capital, named in the
  // section, is where it happened.
  const country = found ? countryOf(found) : undefined;
  if (country && country.name === found) {
    const capital = country.capitals.find((city) => [...lead, ...body].some((text) => new RegExp(`\\b${escape(city)}(?![\\p{L}])`, "u").test(text)));
    // "in Nur-Sultan, capital city of Kazakhstan": the text names the capital the gazetteer knows by another name.
    const named = new RegExp(`(${NAME}),\\s+(?:the\\s+)?capital(?:\\s+city)?\\s+of\\s+(?:the\\s+)?${escape(found)}\\b`, "u");
    const stated = [...lead, ...body].map((text) => named.exec(text)?.[1]).find(Boolean);
    return capital ?? stated ?? found;
  }
  if (found) return found;
  for (const text of lead) {
    // "met at the Great Hall of the People with …": no "in", but the building names its city.
    const building = LANDMARKS.find(([pattern]) => pattern.test(firstSentence(text)));
    if (building) return building[1];
  }
  for (const text of [...lead, ...body]) {
    const line = placeDateLine(text);
    if (line) return line;
    // "China will host the symposium … in Beijing later this year": a capital still to come is no event's.
    const capital = [...text.matchAll(AT_CAPITALS)].find((match) => !/\b(?:will|to be held|is to|are to|scheduled)\b[^.;]*$/.test(text.slice(0, match.index)));
    if (capital) return capital[1]!;
  }
  // "… said at a news conference in Kunshan, Jiangsu province": past the lead, a city is
  // taken only with the province or country that places it, or the words that say it is a
  // city ("met in the West Bank city of Bethlehem").
  for (const text of body.slice(0, 2)) {
    const city = CITY_NAMED.exec(text)?.[1];
    if (city && !NOT_A_PLACE.test(city)) return city;
    const qualified = [...text.matchAll(QUALIFIED_PLACE)].find((match) => !NOT_A_PLACE.test(match[1]!) && (match[3] || countryOf(match[2]!)));
    if (qualified) return qualified[1]!;
  }
  return null;
}

const QUALIFIED_PLACE = new RegExp(`\\bin\\s+(${NAME}),\\s+(${NAME})(\\s+(?:province|prefecture|state|region))?(?![\\p{L}-])`, "gu");

function leadPlace(lead: string[], published: string, day: string | null): string | null {
  // A dateline alone on its line names where the report was filed; the report beside it says where it happened.
  const filed = lead.filter((text) => BARE_DATELINE.test(text)).map((text) => parseDateline(text, published)?.place ?? placeDateline(text));
  for (const text of lead) {
    if (BARE_DATELINE.test(text)) continue;
    const dateline = parseDateline(text, published);
    if (dateline) {
      // "BRASILIA, Jan. 20 (Xinhua) -- … met with Lula in Fortaleza": the report was filed in
      // the capital, the meeting was where its own sentence says.
      const sentence = firstSentence(text.replace(DATELINE_PREFIX, ""));
      if (filedAtHome(sentence, dateline.place)) continue;
      // Not an announcement of what is still to come ("will attend … to be held in London").
      const own = /\b(?:will|to be held|is to|are to|scheduled)\b/.test(sentence) ? undefined : inPlaces(sentence).find((place) => !countryOf(place));
      // "… in Kwinana, south of Perth" under "PERTH, June 18": the dateline's city still names it.
      // (Not as the name of an event: "before the opening of the PyeongChang Winter Olympics".)
      const datelineNamed = namesPlace(sentence, dateline.place);
      if (own && !datelineNamed) return own;
      // "NANJING, Jan. 10 (Xinhua) --" under a photo of the talks "in Wuxi, east China's Jiangsu
      // Province, Jan. 10, 2022": the report was filed in one city; the photo of that day's
      // event shows where it was held. So does the photo of the day the section dates, when
      // the dateline is a later round-up's ("PYEONGCHANG, Feb. 10" over "meets … in Seoul, Feb. 8").
      const shownOn = (date: string | null) =>
        datelineNamed || date === null
          ? undefined
          : lead
              .filter((other) => other !== text && explicitDate(other) === date)
              .flatMap((other) => inPlaces(firstSentence(other)))
              .find((place) => !countryOf(place));
      const shownBefore = day !== dateline.date ? shownOn(day) : undefined;
      return shownOn(dateline.date) ?? (shownBefore && withoutCountry(shownBefore)) ?? dateline.place;
    }
    const placeOnly = placeDateline(text);
    if (placeOnly && !filedAtHome(firstSentence(text.replace(DATELINE_PREFIX, "")), placeOnly)) return placeOnly;
  }
  for (const text of lead) {
    const places = inPlaces(firstSentence(text));
    // "held talks in Xi'an with Tokayev, who is in China for …": the city, not the country.
    const cities = places.filter((place) => !countryOf(place));
    if (places.length > 0) return cities.length > 0 ? cities[cities.length - 1]! : places[places.length - 1]!;
  }
  return filed.find(Boolean) ?? null;
}

/**
 * "BEIJING - Visiting Chinese Premier Wen Jiabao met with Indonesian President …": a Chinese
 * leader visiting is abroad; the Beijing desk filed the report, the meeting was not there.
 */
function filedAtHome(sentence: string, place: string): boolean {
  return /\b[Vv]isiting\s+Chinese\b/.test(sentence) && countryOfCapital(place)?.name === "China";
}

/** The sentence names `place` as a place, not as the first word of a name ("PyeongChang Winter Olympics"). */
function namesPlace(sentence: string, place: string): boolean {
  const lower = sentence.toLowerCase();
  const wanted = place.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (!/^\s+\p{Lu}/u.test(sentence.slice(at + wanted.length))) return true;
  }
  return false;
}

/** "Tashkent, Uzbekistan" → "Tashkent". */
function withoutCountry(place: string): string {
  const [city, country] = place.split(/,\s+/);
  return country && countryOf(country) ? city! : place;
}

/** The places a sentence names after "in" ("in Islamabad, Pakistan"), in order. */
function inPlaces(sentence: string): string[] {
  // "arrived in the capital of Kyrgyzstan, Bishkek, on Nov 2": the city after its country.
  const capital = CAPITAL_OF.exec(sentence)?.[1] ?? CAPITAL_NAMED.exec(sentence)?.[1] ?? CITY_NAMED.exec(sentence)?.[1];
  if (capital) return [capital];
  const captioned = CAPTION_PLACE.exec(sentence);
  if (captioned && countryOf(captioned[2]!) && !countryOf(captioned[1]!)) return [captioned[1]!];
  return [...sentence.matchAll(IN_PLACE)].map((match) => cityAlone(placeOnly(match[1]!))).filter((place) => !NOT_A_PLACE.test(place));
}

// "in the capital Ulaanbaatar", "in Australian capital Canberra on Wednesday".
const CAPITAL_NAMED = new RegExp(`\\bin\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+)?capital(?:\\s+city)?\\s+(${NAME})(?=[.,;]|\\s+(?:on|during|at|for|to|where|when)\\b|$)`, "u");
// "in Egypt's Mediterranean port city Alexandria", "in the West Bank city of Bethlehem",
// "in the northern port city of Tianjin": the city the words around it describe.
const CITY_NAMED = new RegExp(
  `\\bin\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*(?:['’]s)?\\s+){0,2}(?:(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|coastal|port|ancient|historic|border|seaside)\\s+){0,2}city(?:\\s+of)?\\s+(${NAME})(?=[.,;]|\\s+(?:on|during|at|for|to|from|where|when|and)\\b|$)`,
  "u",
);
// A caption's "… shake hands, Canberra, Australia, March 20, 2024": the city before its country and the date.
const CAPTION_PLACE = new RegExp(`,\\s+(${NAME}),\\s+(${NAME}),\\s+(?:${MONTH_PATTERN})\\s+\\d{1,2},\\s+\\d{4}`, "u");

const CAPITAL_OF = new RegExp(`\\bin\\s+the\\s+capital(?:\\s+city)?\\s+of\\s+(?:the\\s+)?${NAME},\\s+(${NAME})(?=,|\\s+on\\b|\\.)`, "u");

/** "Vientiane of Laos, Foreign Minister Wang Yi …": what follows the comma is a place only if it is a country. */
function placeOnly(found: string): string {
  const [first, second] = found.split(/,\s+/);
  return second !== undefined && !countryOf(second) && /\s/.test(second) ? first! : found;
}

/** "Guangzhou City of Guangdong Province" is Guangzhou ("Mexico City" stays as it is); "China’s Hangzhou" is Hangzhou. */
function cityAlone(place: string): string {
  const owner = /^(\p{Lu}[\p{L} ]*?)['’]s\s+(?=\p{Lu})/u.exec(place);
  const city = (owner && countryOf(owner[1]!) ? place.slice(owner[0].length) : place).replace(/\s+City\s+of\s+\p{Lu}[\p{L}-]*\s+Province$/u, "");
  // "in Vientiane of Laos": the city of its country ("Port of Spain" is one name: a city is no
  // common noun such as "Port").
  const ofCountry = /^(?!(?:Port|Bay|Gulf|Isle|Cape)\b)(.+?)\s+of\s+(\p{Lu}[\p{L} -]*)$/u.exec(city);
  return ofCountry && countryOf(ofCountry[2]!)?.name === ofCountry[2] ? ofCountry[1]! : city;
}
