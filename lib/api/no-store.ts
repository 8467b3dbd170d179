/** Headers for every API answer that depends on the learner: never cached anywhere. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;
