import { routing, type Locale } from "@/i18n/routing";

/**
 * The language an API answer is written in: the first of the request's Accept-Language
 * tags that the app speaks. The app's own fetches send the UI locale there.
 */
export function requestLocale(request: { headers: Headers }): Locale {
  const header = request.headers.get("accept-language") ?? "";
  const tags = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split("-")[0];
    const match = routing.locales.find((locale) => locale === primary);
    if (match) return match;
  }
  return routing.defaultLocale;
}
