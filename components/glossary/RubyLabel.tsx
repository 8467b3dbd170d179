import type { LabelWord } from "@/lib/glossary/segment-label";

/** A Chinese label with pinyin above each character (shown when the learner turns pinyin on), words spaced apart. */
export function RubyLabel({ words, className }: { words: LabelWord[]; className?: string }) {
  return (
    <span lang="zh" className={className}>
      {words.map((word, index) => (
        <span key={index} className="label-word">
          {word.ruby.map((syllable, at) =>
            syllable.pinyin ? (
              <ruby key={at}>
                {syllable.text}
                <rp>(</rp>
                <rt className="pinyin-rt">{syllable.pinyin}</rt>
                <rp>)</rp>
              </ruby>
            ) : (
              <span key={at}>{syllable.text}</span>
            ),
          )}
        </span>
      ))}
    </span>
  );
}
