// Why a session was started: a quiz from the setup page, a review of due cards, or a
// retry of the questions a summary listed as missed. Stored as text; anything unknown
// reads back as a quiz.

export const SESSION_PURPOSES = ["quiz", "review", "retry"] as const;
export type SessionPurpose = (typeof SESSION_PURPOSES)[number];

export function sessionPurpose(value: string): SessionPurpose {
  return SESSION_PURPOSES.find((known) => known === value) ?? "quiz";
}
