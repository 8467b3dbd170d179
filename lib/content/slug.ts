/** Lower-case ASCII words joined by hyphens: curly quotes, apostrophes and accents dropped. */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}

/** Slug of a study set from its file name: `content/My Visit.txt` → `my-visit`. */
export function slugFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.[^.]+$/, ""), 20) || "document";
}

/** Makes `base` unique among `taken` by appending -2, -3, … (records the result in `taken`). */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
