import type { Locale } from "./i18n/routing";
import type messages from "./messages/en.json";

// The app's types registered with next-intl: message keys are typed from the English
// file, so `t("…")` with a key that does not exist fails the typecheck
// (tests/messages.test.ts keeps zh.json in step), and `useLocale()` returns "en" | "zh".
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
