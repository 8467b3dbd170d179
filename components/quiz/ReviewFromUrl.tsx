"use client";

import { useSearchParams } from "next/navigation";
import type { SectionNames } from "@/lib/content/section-names";
import { QuizRunner } from "./QuizRunner";
import { ResumeActiveSession } from "./ResumeActiveSession";
import { ReviewOverview } from "./ReviewOverview";

/** `/review` shows what is due; `/review?id=…` runs that review session in the same flow as a quiz. */
export function ReviewFromUrl({ sections }: { sections: SectionNames }) {
  const id = useSearchParams()?.get("id");
  if (!id) return <ResumeActiveSession basePath="/review" loading={null} fallback={<ReviewOverview />} />;
  return <QuizRunner key={id} sessionId={id} sections={sections} basePath="/review" />;
}
