import { CAPITALS_WITH_ZH, COUNTRIES, capitalZh } from "../content/gazetteer";
import type { GlossaryEntry } from "./shared-glossary";

// Countries and capitals in Chinese, as glossary-shaped entries, so a Chinese prompt names
// "Colombo" as 科伦坡 and "Türkiye" as 土耳其. Kept out of the glossary itself: they name
// places for prompts and typed answers, and are not terms a quiz asks about.

const countries: GlossaryEntry[] = COUNTRIES.filter((country) => country.zh && !/\p{Script=Latin}/u.test(country.zh)).map((country) => ({
  en: country.names,
  zh: country.zh,
  kind: "place",
  category: "country",
  source: "world-countries (translations.zho), corrected where the foreign ministry's list differs",
}));

const capitals: GlossaryEntry[] = CAPITALS_WITH_ZH.map((city) => ({
  en: [city],
  zh: capitalZh(city)!,
  kind: "place",
  category: "capital",
  source: "CC-CEDICT: “<city>, capital of <country>”",
}));

export const PLACE_NAMES: readonly GlossaryEntry[] = [...countries, ...capitals];
