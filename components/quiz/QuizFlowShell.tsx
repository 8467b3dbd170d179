import { Suspense, type ReactNode } from "react";
import { ChineseNamesProvider } from "@/components/glossary/ChineseNames";
import { ClientMessages, type Namespace } from "@/components/site/ClientMessages";
import type { Locale } from "@/i18n/routing";
import { getSectionNames, type SectionNames } from "@/lib/content/section-names";
import { getChineseNames } from "@/lib/glossary/chinese-names";

type Props = { locale: Locale; namespaces: Namespace[]; loading: string; children: (sections: SectionNames) => ReactNode };

/**
 * What the quiz and review pages wrap their client flow in: every section's name (handed
 * to `children`), the Chinese names of people (on Chinese pages), the flow's messages,
 * and a loading line while `?id=` is read.
 */
export async function QuizFlowShell({ locale, namespaces, loading, children }: Props) {
  const sections = await getSectionNames(locale);
  return (
    <ChineseNamesProvider names={locale === "zh" ? getChineseNames() : {}}>
      <ClientMessages namespaces={namespaces}>
        <Suspense fallback={<p className="text-slate-700">{loading}</p>}>{children(sections)}</Suspense>
      </ClientMessages>
    </ChineseNamesProvider>
  );
}
