import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "tests/**/*.test.ts", "tests/**/*.test.mjs"],
    environment: "node",
    env: { TZ: "UTC" },
    // Correctness, not speed: building a bank several times on a busy two-core CI machine
    // can pass the 5 s default. Benchmarks live in scripts/, never here.
    testTimeout: 30_000,
  },
});
