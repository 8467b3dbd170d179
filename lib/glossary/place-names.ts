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

/**
 * A section's place in Chinese ("Islamabad, Pakistan" → 巴基斯坦伊斯兰堡, country first as
 * Chinese writes it), or null when any part of it has no Chinese name here.
 */
export function placeInChinese(place: string): string | null {
  const parts = place.split(/,\s+/).map((part) => PLACE_NAMES.find((entry) => entry.en.includes(part))?.zh ?? null);
  if (parts.some((part) => part === null)) return null;
  return [...parts].reverse().join("");
}
