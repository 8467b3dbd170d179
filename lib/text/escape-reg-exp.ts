/** `text` as a literal inside a regular expression: "U.S." matches "U.S.", not "UxSx". */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
