import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Messages = Awaited<ReturnType<typeof getMessages>>;
export type Namespace = keyof Messages & string;

/**
 * Hands client components the message namespaces they use, and only those. Every
 * message passed to the client is inlined into the page's HTML (and its RSC payload),
 * so the locale layout passes none: pages that hold translated client components wrap
 * them in this. Server components translate without it.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
