// "Nikolić" and "Nikolic" are one name: reports copy names with and without their accents.
// Each accented letter becomes its base letter, one character for one, so offsets into the
// folded text are offsets into the original.

const foldChar = (char: string) => {
  const base = char.normalize("NFD").replace(/\p{M}/gu, "");
  return base.length === 1 ? base : char;
};

export function foldAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, foldChar);
}
