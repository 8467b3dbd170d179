import { MONTH_PATTERN, MONTHS, isoDate, monthIndex } from "../content/dates";
import { monthDayDate } from "../content/event-date";

// How a text writes a date ("May 5, 2023", "5 May 2023", "Aug. 21", "April 09 2008"), read
// from a sentence and written again for another day the same way: a date question's wrong
// choices must look like its answer, or the answer stands out.

const MDY = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const DMY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`);
const MD = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`);
/** How the month is written: "November", "Nov." (agency style), "Sept" (no stop) or "Sep" (three letters). */
export type MonthForm = "full" | "stop" | "bare" | "three";
/** "mdy-bare": "October 23 2018", without the comma, which wrong choices must lack too. */
export type Written = { text: string; iso: string; style: "mdy" | "mdy-bare" | "dmy" | "md"; abbreviated?: MonthForm };

const monthForm = (token: string): MonthForm =>
  token.endsWith(".") ? "stop" : (MONTHS as readonly string[]).includes(token) ? "full" : token.length === 3 ? "three" : "bare";

// Agency style ("Aug. 21"): wrong dates are written the same way, or the answer stands out.
const ABBREVIATED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

export function writtenDate(sentence: string, published: string): Written | null {
  const mdy = MDY.exec(sentence);
  if (mdy) {
    const iso = isoDate(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2]));
    if (iso) return { text: mdy[0], iso, style: /\d,/.test(mdy[0]) ? "mdy" : "mdy-bare", abbreviated: monthForm(mdy[1]!) };
  }
  const dmy = DMY.exec(sentence);
  if (dmy) {
    const iso = isoDate(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1]));
    if (iso) return { text: dmy[0], iso, style: "dmy", abbreviated: monthForm(dmy[2]!) };
  }
  // "On March 5, Wang Yi …": no year written, so none in the answer or the choices either.
  const md = MD.exec(sentence);
  const iso = md ? monthDayDate(sentence, published) : null;
  if (md && iso) return { text: md[0], iso, style: "md", abbreviated: monthForm(md[1]!) };
  return null;
}

export function writeLike(iso: string, style: Written["style"], form: MonthForm = "full"): string {
  const [year, month, day] = iso.split("-").map(Number);
  // "Nov 3" among "November 2": every choice's month as the answer's is written.
  const short = ABBREVIATED[month! - 1]!;
  // "Sep 25" among "Sept 24": the one month written otherwise is the answer.
  const name = form === "full" ? MONTHS[month! - 1] : form === "stop" ? short : form === "three" ? MONTHS[month! - 1]!.slice(0, 3) : short.replace(/\.$/, "");
  if (style === "md") return `${name} ${day}`;
  if (style === "mdy-bare") return `${name} ${day} ${year}`;
  return style === "mdy" ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
}

/**
 * "April 09 2008" among "April 8 2008" and "April 10 2008": a day the text writes with a
 * leading zero is the one copied from it, so every choice is written with one.
 */
export function padLike(answer: string, choices: string[]): string[] {
  if (!/(?<![\d])0[1-9](?![\d])/.test(answer)) return choices;
  return choices.map((choice) => choice.replace(/^(\p{L}+\.?\s)([1-9])(?!\d)/u, "$10$2").replace(/^([1-9])(?=\s)/, "0$1"));
}
