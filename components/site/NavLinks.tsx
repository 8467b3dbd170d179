"use client";

import { Link, usePathname } from "@/i18n/navigation";

type NavLinksProps = {
  label: string;
  links: { href: string; label: string }[];
};

// Client leaf only to mark the current section of the app with aria-current.
export function NavLinks({ label, links }: NavLinksProps) {
  const pathname = usePathname();

  return (
    <nav aria-label={label} className="order-last w-full sm:order-none sm:w-auto">
      <ul className="-mx-2 flex flex-wrap gap-1">
        {links.map((link) => {
          const current = isCurrent(pathname, link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 text-[0.95rem] font-medium ${
                  current ? "bg-blue-50 text-blue-900 underline decoration-2 underline-offset-[6px]" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Home is also "current" while reading a section, since study pages belong to it. */
function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/" || pathname.startsWith("/study/");
  return pathname === href || pathname.startsWith(`${href}/`);
}
