import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Only paths without a locale prefix need the middleware (it redirects them by
  // Accept-Language). Prefixed pages are prerendered and served without this trip,
  // which costs more than serving the page itself. API routes, Next's assets and
  // files with an extension never need it.
  matcher: ["/((?!api|_next|_vercel|en(?:/|$)|zh(?:/|$)|.*\\..*).*)"],
};
