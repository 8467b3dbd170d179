import type messages from "./messages/en.json";

// Message keys are typed from the English file, so `t("…")` with a key that does not
// exist fails the typecheck; tests/messages.test.ts keeps zh.json in step.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
