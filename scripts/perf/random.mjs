// Seeded randomness (mulberry32), so a run can be repeated exactly from its logged seed.
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from `--seed=N` or SEED, else a fresh one (always logged by the caller). */
export function seedFromArgs(argv = process.argv, env = process.env) {
  const arg = argv.find((a) => a.startsWith("--seed="));
  const value = arg ? arg.slice("--seed=".length) : env.SEED;
  if (value !== undefined && value !== "") return Number(value) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}
