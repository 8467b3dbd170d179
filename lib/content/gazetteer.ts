import countries from "world-countries";
import capitalsZh from "../../content/glossary/capitals-zh.json";

// Countries, their adjectives, capitals and regions, from a kept data package
// (world-countries) rather than a hand-typed list: who a party is ("the Pakistani side"),
// whether a place is a city or a country, and which capitals make fair wrong choices.

export type Country = {
  name: string;
  /** Every English form a release uses for the country itself ("United States", "U.S.", "USA"). */
  names: string[];
  /** The common Chinese name (巴基斯坦), as the data package gives it. */
  zh: string;
  /** "Pakistani", "Chinese", "Afghan". */
  adjective: string;
  /** Other adjectives in use ("Kazakh" beside "Kazakhstani"). */
  adjectives: string[];
  capitals: string[];
  region: string;
  subregion: string;
};

// Forms the data leaves out but releases print.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ["U.S.", "the United States", "the U.S."],
  GB: ["Britain", "the UK", "the U.K."],
  KR: ["the ROK", "ROK", "Republic of Korea"],
  KP: ["the DPRK", "DPRK"],
  CZ: ["Czech Republic"],
  TR: ["Türkiye", "Turkey"],
  RU: ["Russian Federation"],
};
const EXTRA_CAPITALS: Record<string, string[]> = { US: ["Washington"] };
// Adjectives releases use that the data gives in another form ("Kazakhstani").
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  KZ: ["Kazakh"], TJ: ["Tajik"], KG: ["Kyrgyz"], UZ: ["Uzbek"], TM: ["Turkmen"], NL: ["Dutch"], PH: ["Filipino", "Philippine"],
  LA: ["Lao"], DJ: ["Djiboutian"], AE: ["Emirati", "UAE"], GB: ["UK", "U.K."], US: ["U.S.", "US"], KR: ["ROK"],
  SB: ["Solomon Islands"], NZ: ["New Zealand"], PG: ["Papua New Guinean", "PNG"], FJ: ["Fijian"], VN: ["Vietnamese"],
};

// Chinese names the data package gives in a non-standard or traditional form; the foreign
// ministry's own list of countries prints these.
const ZH_NAMES: Record<string, string> = { DM: "多米尼克", DO: "多米尼加", MK: "北马其顿", CG: "刚果（布）", CD: "刚果（金）", MN: "蒙古国" };

const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u;

export const COUNTRIES: Country[] = countries
  // The Cook Islands and Niue, in free association with New Zealand, keep diplomatic relations
  // with China of their own: their leaders meet China's as others do.
  .filter((country) => country.independent || country.unMember || ["CK", "NU"].includes(country.cca2))
  .map((country) => ({
    name: country.name.common,
    names: [
      ...new Set([
        country.name.common,
        country.name.official,
        ...country.altSpellings.filter((spelling) => spelling.length > 3 && LATIN.test(spelling)),
        ...(EXTRA_NAMES[country.cca2] ?? []),
      ]),
    ],
    zh: ZH_NAMES[country.cca2] ?? country.translations.zho?.common ?? "",
    adjective: country.demonyms.eng?.m ?? country.name.common,
    adjectives: EXTRA_ADJECTIVES[country.cca2] ?? [],
    capitals: [...country.capital, ...(EXTRA_CAPITALS[country.cca2] ?? [])],
    region: country.region,
    subregion: country.subregion,
  }));

const byForm = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const form of [...country.names, country.adjective, ...country.adjectives]) byForm.set(form.toLowerCase().replace(/^the\s+/, ""), country);
}
// "Ecuadorian" where the data says "Ecuadorean", "Surinamese" where it says "Surinamer": the
// regular forms of a one-word name, where they name no other country.
for (const country of COUNTRIES) {
  const name = country.name.toLowerCase();
  if (/\s/.test(name)) continue;
  const regular = /a$/.test(name) ? [`${name}n`] : /e$/.test(name) ? [`${name}se`] : /[^aeiouy]$/.test(name) ? [`${name}ian`, `${name}an`, `${name}ese`] : [];
  for (const form of regular) if (!byForm.has(form)) byForm.set(form, country);
}
const byCapital = new Map<string, Country>();
for (const country of COUNTRIES) for (const capital of country.capitals) byCapital.set(capital.toLowerCase(), country);

/** The country a name or adjective names ("Pakistani" → Pakistan), or undefined. */
export function countryOf(form: string): Country | undefined {
  return byForm.get(form.toLowerCase().replace(/^the\s+/, "").trim());
}

/** The country whose capital this is ("Islamabad" → Pakistan), or undefined. */
export function countryOfCapital(city: string): Country | undefined {
  return byCapital.get(city.toLowerCase().trim());
}

/** Every country form, longest first, for scanning text. */
export const COUNTRY_FORMS: string[] = [...byForm.keys()].sort((a, b) => b.length - a.length);

const CAPITALS_ZH: Record<string, string> = capitalsZh;

/** The Chinese name of a capital, where CC-CEDICT states it one way (scripts/build-capital-names.ts). */
export function capitalZh(city: string): string | undefined {
  return CAPITALS_ZH[city];
}

/** Every capital with a Chinese name, for scanning text. */
export const CAPITALS_WITH_ZH: readonly string[] = Object.keys(CAPITALS_ZH);
