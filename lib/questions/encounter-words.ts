import type { EventVerb } from "./events";

// How each kind of encounter is worded in prompts, so a phone call is never asked as a
// meeting: "Who met with B?", "Who held talks with B?", "Who had a phone call with B?".

export type EncounterWords = {
  /** "Who met with B", "Who held talks with B" */
  whoWith: (object: string) => string;
  /** "Whom did A meet with", "With whom did A hold talks" */
  withWhom: (subject: string) => string;
  /** "did A meet with B" (for When/Where prompts) */
  did: (subject: string, object: string) => string;
  /** Chinese, with the place phrase ("在伊斯兰堡", or "") where Chinese puts it: before the verb. */
  zhWho: (object: string, at: string) => string;
  zhWhom: (subject: string, at: string) => string;
  zhDid: (subject: string, object: string, at: string) => string;
};

const WORDS: Partial<Record<EventVerb, EncounterWords>> = {
  meet: {
    whoWith: (o) => `Who met with ${o}`,
    withWhom: (s) => `Whom did ${s} meet with`,
    did: (s, o) => `did ${s} meet with ${o}`,
    zhWho: (o, at) => `谁${at}会见了${o}`,
    zhWhom: (s, at) => `${s}${at}会见了谁`,
    zhDid: (s, o, at) => `${s}${at}会见${o}`,
  },
  talks: {
    whoWith: (o) => `Who held talks with ${o}`,
    withWhom: (s) => `With whom did ${s} hold talks`,
    did: (s, o) => `did ${s} hold talks with ${o}`,
    zhWho: (o, at) => `谁${at}与${o}举行了会谈`,
    zhWhom: (s, at) => `${s}${at}与谁举行了会谈`,
    zhDid: (s, o, at) => `${s}${at}与${o}举行会谈`,
  },
  phone: {
    whoWith: (o) => `Who had a phone call with ${o}`,
    withWhom: (s) => `With whom did ${s} have a phone call`,
    did: (s, o) => `did ${s} have a phone call with ${o}`,
    zhWho: (o, at) => `谁${at}与${o}通了电话`,
    zhWhom: (s, at) => `${s}${at}与谁通了电话`,
    zhDid: (s, o, at) => `${s}${at}与${o}通电话`,
  },
};

/**
 * `label`, the section's Chinese label: where it calls the encounter 会谈 (talks between heads
 * of state or government), the question asks of talks, though the English wrote "met": 会见 is
 * how a host receives a guest of lower rank, and examiners read 谁会见了沙特阿拉伯国王 as wrong;
 * and an English "met with" beside a Chinese 会谈 asks two questions (examiners again).
 */
export function encounterWords(verb: EventVerb, label?: string | null): EncounterWords | null {
  if (verb === "meet" && label && /会谈/u.test(label) && !/会见/u.test(label)) return WORDS.talks!;
  return WORDS[verb] ?? null;
}
