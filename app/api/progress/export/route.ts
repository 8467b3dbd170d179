import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getProgressReport } from "@/lib/progress/progress-reads";
import { answersToCsv, exportFileName, progressToJson } from "@/lib/quiz/export-progress";
import { exportQuerySchema } from "@/lib/quiz/schemas";
import { routeMethods } from "@/lib/api/route-methods";

// Downloads the learner's progress: `?format=csv` (every answer, with a header row) or
// `?format=json` (the default: the progress report plus every answer).
async function read(request: NextRequest): Promise<Response> {
  const query = exportQuerySchema.safeParse({ format: request.nextUrl.searchParams.get("format") ?? undefined });
  if (!query.success) return apiError(request, 400, "invalid_query", { details: "format" });
  const format = query.data.format;
  const now = new Date();
  const { report, rows } = await getProgressReport(readLearnerId(request), now);
  const headers = { ...NO_STORE, "Content-Disposition": `attachment; filename="${exportFileName(now, format)}"` };
  if (format === "csv") {
    return new NextResponse(answersToCsv(rows.answers), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  return NextResponse.json(progressToJson(report, rows.answers), { headers });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: read });
