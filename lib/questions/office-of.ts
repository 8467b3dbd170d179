import { countryOf } from "../content/gazetteer";

/**
 * The office without the country it is of ("Pakistani Foreign Minister" → "Foreign
 * Minister", "Foreign Minister of Solomon Islands" → "Foreign Minister"): with the country
 * left in, the one Chinese title among foreign ones answers itself.
 */
export function officeOf(title: string): string {
  const words = title.replace(/^the\s+/i, "").split(/\s+/);
  // Leading country words, one or two at a time ("Solomon Islands", "Pakistani", "Pakistan’s").
  for (let taken = true; taken && words.length > 1;) {
    taken = false;
    for (const length of [2, 1]) {
      const lead = words
        .slice(0, length)
        .join(" ")
        .replace(/['’]s$/, "");
      if (words.length > length && countryOf(lead)) {
        words.splice(0, length);
        taken = true;
        break;
      }
    }
  }
  // "Ambassador to Cambodia", "President of the Republic": the country (or "the Republic")
  // after the office goes the same way.
  const AFTER = /\s+(?:of|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}-]*|of|the)){0,4})$/u;
  return words.join(" ").replace(AFTER, (whole, name: string) => (countryOf(name) || /^Republic\b/.test(name) ? "" : whole));
}
