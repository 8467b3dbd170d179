import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    // eslint-config-next brings eslint-plugin-import (pinned in package.json): an import
    // cycle is an error. The rule does not follow `import type` lines: keep shared types
    // in the module that owns them (as lib/content/section-names.ts does), not in a view.
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    ignores: [
      ".next*/**",
      ".server-build/**",
      ".lighthouse/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
