import { Suspense, type ReactNode } from "react";
import { ChineseNamesProvider } from "@/components/glossary/ChineseNames";
import { ClientMessages, type Namespace } from "@/components/site/ClientMessages";
import type { Locale } from "@/i18n/routing";
import { getChineseNames } from "@/lib/glossary/chinese-names";

/**
 * What the quiz and review pages wrap their client flow in: the Chinese names of people
 * (on Chinese pages), the flow's messages, and a loading line while `?id=` is read.
 */
export function QuizFlowShell({ locale, namespaces, loading, children }: { locale: Locale; namespaces: Namespace[]; loading: string; children: ReactNode }) {
  return (
    <ChineseNamesProvider names={locale === "zh" ? getChineseNames() : {}}>
      <ClientMessages namespaces={namespaces}>
        <Suspense fallback={<p className="text-slate-700">{loading}</p>}>{children}</Suspense>
      </ClientMessages>
    </ChineseNamesProvider>
  );
}
