import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  // Every URL names its locale, so each page can be prerendered once per locale.
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
