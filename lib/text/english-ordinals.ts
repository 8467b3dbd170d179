// The spelled-out ordinals, index 0 = "first": question making and grading must agree on one list.
export const ENGLISH_ORDINALS: readonly string[] = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

/**
 * The word that opens a numbered point of a list ("First, …", "Secondly, …", up to "Tenth"),
 * as a RegExp source: where question making reads a sentence as one point of several.
 */
export const POINT_ORDINAL = `(?:${ENGLISH_ORDINALS.slice(0, 10)
  .map((word) => word[0]!.toUpperCase() + word.slice(1))
  .join("|")})(?:ly)?`;
