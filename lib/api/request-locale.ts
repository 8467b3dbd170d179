import Negotiator from "negotiator";
import { routing, type Locale } from "@/i18n/routing";

/**
 * The language an API answer is written in: the request's Accept-Language, negotiated
 * against the app's locales ("zh-CN" picks zh), or the default. The app's own fetches
 * send the UI locale there.
 */
export function requestLocale(request: { headers: Headers }): Locale {
  const header = request.headers.get("accept-language") ?? undefined;
  const [best] = new Negotiator({ headers: { "accept-language": header } }).languages([...routing.locales]);
  return routing.locales.find((locale) => locale === best) ?? routing.defaultLocale;
}
