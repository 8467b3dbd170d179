// Seeded randomness, so a run can be repeated exactly from its logged seed: the app's own
// mulberry32 (lib/random.ts), which is why every importer runs under tsx.
export { mulberry32 as seededRandom } from "../../lib/random.ts";

/** The seed from `--seed=N` or SEED, else a fresh one (always logged by the caller). */
export function seedFromArgs(argv = process.argv, env = process.env) {
  const arg = argv.find((a) => a.startsWith("--seed="));
  const value = arg ? arg.slice("--seed=".length) : env.SEED;
  if (value !== undefined && value !== "") return Number(value) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}
