// "Nikolić" and "Nikolic" are one name: reports copy names with and without their accents.
// Each accented letter becomes its base letter, one character for one, so offsets into the
// folded text are offsets into the original.

// Letters with a stroke have no base letter in Unicode's decomposition: "Møller", "Łukasz".
const STROKED: Record<string, string> = { ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i" };

const foldChar = (char: string) => {
  if (STROKED[char]) return STROKED[char];
  const base = char.normalize("NFD").replace(/\p{M}/gu, "");
  return base.length === 1 ? base : char;
};

export function foldAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, foldChar);
}
