import { customPinyin, pinyin } from "pinyin-pro";
import { SHARED_GLOSSARY } from "./shared-glossary";
import { plainLetters } from "../text/plain-letters";

// Pinyin from pinyin-pro, never typed by hand. Pure: the same text gives the same
// pinyin everywhere (pages, questions, tests).

// The short names of banks read 行 as in 银行 (háng); pinyin-pro's dictionary has 银行 but
// reads the clipped forms xíng (亚投行 "yà tóu xíng"). Registered once, before any reading.
customPinyin({ 亚投行: "yà tóu háng", 世行: "shì háng", 亚行: "yà háng", 央行: "yāng háng", 投行: "tóu háng" });

// A Chinese name (its English is its pinyin: 曾庆红 "Zeng Qinghong") reads its surname as a
// surname (曾 zēng, not céng) and its given name as names do (张高丽 zhāng gāo lì, not 高丽 gāo
// lí). A transliterated foreign name (哈尔 "Khar") keeps the words' readings.
customPinyin(
  Object.fromEntries(
    SHARED_GLOSSARY.filter((entry) => entry.kind === "person" && /^\p{Script=Han}{2,4}$/u.test(entry.zh)).flatMap((entry) => {
      const reading = pinyin(entry.zh, { surname: "head" });
      return entry.en.some((name) => plainLetters(name) === plainLetters(reading)) ? [[entry.zh, reading] as const] : [];
    }),
  ),
);

export type RubySyllable = { text: string; pinyin: string | null };

/**
 * Tone-marked pinyin, a space between syllables: "qín gāng". Non-Chinese runs kept as they are.
 * Tones as spoken ("yí dài yí lù", 一 before a fourth tone) unless `dictionary` asks for each
 * character's own ("yī dài yī lù"), which is how many learners type them.
 */
export function pinyinOf(text: string, dictionary = false): string {
  return tidy(pinyin(text, { nonZh: "consecutive", toneSandhi: !dictionary }));
}

/** Pinyin with tone numbers: "qin2 gang1" (spoken tones, or each character's own). */
export function numberedPinyinOf(text: string, dictionary = false): string {
  return tidy(pinyin(text, { toneType: "num", nonZh: "consecutive", toneSandhi: !dictionary }));
}

/** Pinyin without tones: "qin gang". */
export function plainPinyinOf(text: string): string {
  return tidy(pinyin(text, { toneType: "none", nonZh: "consecutive" }));
}

/** One entry per character: the character and its pinyin (null for anything not Chinese), for <ruby>. */
export function rubyOf(text: string): RubySyllable[] {
  return pinyin(text, { type: "all", nonZh: "consecutive" }).map((syllable) => ({
    text: syllable.origin,
    pinyin: syllable.isZh ? syllable.pinyin : null,
  }));
}

function tidy(text: string): string {
  return text
    .replace(/\s*·\s*/g, "·")
    .replace(/“\s+/g, "“")
    .replace(/\s+”/g, "”")
    .replace(/\s+/g, " ")
    .trim();
}
