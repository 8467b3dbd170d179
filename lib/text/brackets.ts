// Round brackets in running text: asides such as "(ASEAN)" or "(China, Japan and the ROK)".

/** Whether the text opens more brackets than it closes: it was cut inside one. */
export function unclosedBracket(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

/** The text without its bracketed asides, nested ones too: "A (B (C)) D" is "A D". */
export function withoutBrackets(text: string): string {
  let out = text;
  for (let previous = ""; previous !== out;) {
    previous = out;
    out = out.replace(/\s*\([^()]*\)/g, "");
  }
  return out;
}
