import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware wrappers: the only way pages link, so a link never drops the locale.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
