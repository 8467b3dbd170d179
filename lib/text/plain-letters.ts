/** Latin letters alone, lower case, marks dropped: "Xi Jinping" and "xí jìn píng" are both "xijinping". */
export const plainLetters = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^a-z]/gi, "")
    .toLowerCase();
