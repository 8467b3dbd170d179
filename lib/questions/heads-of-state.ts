import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { Person } from "./people";

// "Whom did Xi meet?" among Biden, a governor and a treasury secretary: the one head of state
// is found without reading, since heads of state meet heads of state. Where the prompt names a
// head, a head is asked among heads only (make-participant.ts types it where the visit has too
// few). "Who met with Qin Gang?", a foreign minister, has presidents and ministers alike for answers.

type Ask = { en: string; person: Person };
type Frame = SectionAnalysis["frames"][number];

/** A head of state or government ("President", "Prime Minister", "King"), not a deputy's or a body's office. */
export function leads(title: string | null): boolean {
  return (
    title !== null &&
    /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince)\b/.test(title) &&
    !/\b(?:Vice|Deputy|Former|former|of the (?:Senate|Assembly|Parliament|Commission|Council|Court|Bank))\b|-elect\b/.test(title)
  );
}

/** A head asked about in a prompt that names another head. */
export function headsMeet(ask: Ask, frame: Frame): boolean {
  return (
    leads(ask.person.title) &&
    [...frame.subjects, ...frame.objects].some((person) => person !== ask.person && ask.en.includes(person.name) && leads(person.title))
  );
}

/** The wrong choices a head may stand among: other heads, where the prompt names a head. */
export function amongPeers(ask: Ask, frame: Frame, pool: string[], document: DocumentAnalysis): string[] {
  if (!headsMeet(ask, frame)) return pool;
  return pool.filter((name) => leads(document.people.find((person) => person.name === name)?.title ?? null));
}
