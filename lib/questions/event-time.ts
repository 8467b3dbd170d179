// Encounters a sentence reports of another time than the section's event: one a speaker
// recalls ("said he had talks with B"), one of the past ("not long ago", "have met several
// times"), one still to come ("when he meets Wang next week"). Pure.

/**
 * The clause around a verb: from the last break before it to the next after it. What is told
 * ("told Putin on Wednesday that they have met 42 times in the past 10 years") is another clause.
 */
function clauseOf(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start).search(/[^,;.]*$/);
  const after = sentence.slice(end).search(/[,;.]|\s+that\s|$/);
  return sentence.slice(before, end + after);
}

const PAST_TIME = /\b(?:not long ago|recently|earlier this (?:year|month|week)|last (?:year|month|week)|previously|in the past)\b/i;
const PAST_OPENING = /^(?:Earlier this (?:year|month|week)|Last (?:year|month|week)|Previously|Recently|Not long ago|In the past)\b[^,;.]{0,40},/;

/** Whether the verb at `start`–`end` of `sentence` tells an encounter of another time. */
export function anotherTime(sentence: string, start: number, end: number): boolean {
  // "Xi said he had productive talks with B on Friday": an encounter he reports, not this one.
  if (/\bsaid\s+(?:that\s+)?(?:he|she|they)\s+$/.test(sentence.slice(Math.max(0, start - 30), start))) return true;
  // "Xi and Suga had a phone call not long ago": an encounter before the section's event; so is
  // one whose sentence opens with its time ("Earlier this week, Xi held talks with …").
  if (PAST_TIME.test(clauseOf(sentence, start, end)) || PAST_OPENING.test(sentence)) return true;
  // "President Xi Jinping and President Kenyatta have met several times": encounters of years past.
  if (
    /\b(?:have|has|had)\s+(?:(?:also|already)\s+)?$/.test(sentence.slice(Math.max(0, start - 20), start)) &&
    /\b(?:several|many|\w+)\s+times\b|\bon\s+(?:several|many|various)\s+occasions\b|\bmore\s+than\s+once\b|\brepeatedly\b|\bfrequently\b/.test(
      clauseOf(sentence, start, end),
    )
  )
    return true;
  // "… when he meets Wang next week in Canberra": a meeting still to come.
  if (
    /\b(?:when|once|after|before|until)\s+(?:he|she|they|\p{Lu}\p{L}+)\s+$/u.test(sentence.slice(Math.max(0, start - 20), start)) &&
    /\b(?:next|coming|later this|later in)\b/.test(sentence.slice(end, end + 60))
  )
    return true;
  return false;
}
