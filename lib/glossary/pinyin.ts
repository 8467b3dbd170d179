import { customPinyin, pinyin } from "pinyin-pro";

// Pinyin from pinyin-pro, never typed by hand. Pure: the same text gives the same
// pinyin everywhere (pages, questions, tests).

// The short names of banks read 行 as in 银行 (háng); pinyin-pro's dictionary has 银行 but
// reads the clipped forms xíng (亚投行 "yà tóu xíng"). Registered once, before any reading.
customPinyin({ 亚投行: "yà tóu háng", 世行: "shì háng", 亚行: "yà háng", 央行: "yāng háng", 投行: "tóu háng" });

export type RubySyllable = { text: string; pinyin: string | null };

/** Tone-marked pinyin, a space between syllables: "qín gāng". Non-Chinese runs kept as they are. */
export function pinyinOf(text: string): string {
  return tidy(pinyin(text, { nonZh: "consecutive" }));
}

/** Pinyin with tone numbers: "qin2 gang1". */
export function numberedPinyinOf(text: string): string {
  return tidy(pinyin(text, { toneType: "num", nonZh: "consecutive" }));
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
