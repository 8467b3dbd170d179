import { describe, expect, test } from "vitest";
import { buildProgressReport, streakDays } from "./build-progress-report";
import { answersToCsv, csvField, exportFileName } from "./export-progress";
import { NOW } from "./fixtures";
import { buildReviewForecast, isDue } from "./review-forecast";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const ahead = (ms: number) => new Date(NOW.getTime() + ms);

const sections = [
  { id: "set:a", setSlug: "set", slug: "a", title: null, labelZh: null },
  { id: "set:b", setSlug: "set", slug: "b", title: "Talks", labelZh: "会谈" },
];
const questions = [
  { id: "a1", section: "set:a", kind: "participant" as const },
  { id: "a2", section: "set:a", kind: "date" as const },
  { id: "b1", section: "set:b", kind: "participant" as const },
  { id: "b2", section: "set:b", kind: "label" as const },
];

describe("buildProgressReport", () => {
  const report = buildProgressReport({
    now: NOW,
    sections,
    questions,
    studied: [{ sectionId: "set:b", studiedAt: ago(2 * DAY) }],
    // What the database aggregates from these answers (a1 wrong a day ago then right an
    // hour ago; b1 right a day ago then wrong an hour ago; a2 right an hour ago).
    latest: [
      { questionId: "a1", correct: true },
      { questionId: "b1", correct: false },
      { questionId: "a2", correct: true },
    ],
    kinds: [
      { kind: "participant", answered: 4, correct: 2 },
      { kind: "date", answered: 1, correct: 1 },
    ],
    answerDays: [ago(DAY), ago(HOUR)].map((date) => date.toISOString().slice(0, 10)),
    sessions: [],
    cardDues: [ago(HOUR), ahead(HOUR), ahead(3 * DAY), ahead(30 * DAY)],
  });

  test("mastery per section is the share of its questions last answered right", () => {
    expect(report.sections.map(({ sectionId, answered, mastered, mastery, studied }) => ({ sectionId, answered, mastered, mastery, studied }))).toEqual([
      { sectionId: "set:a", answered: 2, mastered: 2, mastery: 1, studied: false },
      { sectionId: "set:b", answered: 1, mastered: 0, mastery: 0, studied: true },
    ]);
    expect(report.studiedCount).toBe(1);
    expect(report.sectionCount).toBe(2);
    expect(report.sections[1]!.studiedAt).toBe(ago(2 * DAY).toISOString());
  });

  test("accuracy per kind counts every answer; a kind without answers has null", () => {
    expect(report.kinds).toEqual([
      { kind: "participant", answered: 4, correct: 2, accuracy: 0.5 },
      { kind: "date", answered: 1, correct: 1, accuracy: 1 },
      { kind: "label", answered: 0, correct: 0, accuracy: null },
    ]);
  });

  test("reviews and streak", () => {
    expect(report.reviews).toEqual({ dueNow: 1, dueToday: 2, dueThisWeek: 3, nextDueAt: ahead(HOUR).toISOString() });
    expect(report.streakDays).toBe(3);
    expect(report.generatedAt).toBe(NOW.toISOString());
  });
});

describe("streakDays", () => {
  const day = (iso: string) => iso;
  test("counts back from today, or from yesterday when today has no activity yet", () => {
    const activity = [day("2026-02-26"), day("2026-02-27"), day("2026-02-28"), day("2026-02-28")];
    expect(streakDays(activity, "2026-02-28")).toBe(3);
    expect(streakDays(activity, "2026-03-01")).toBe(3);
    expect(streakDays(activity, "2026-03-02")).toBe(0);
    expect(streakDays([], "2026-03-01")).toBe(0);
  });
  test("a gap ends the streak", () => {
    expect(streakDays([day("2026-02-25"), day("2026-02-27"), day("2026-02-28")], "2026-02-28")).toBe(2);
  });
});

describe("buildReviewForecast", () => {
  test("one definition of due: due now, and the cards still to fall due per UTC day; the counts add up", () => {
    const { forecast, upcoming } = buildReviewForecast([ago(3 * DAY), NOW, ahead(HOUR), ahead(DAY), ahead(DAY + HOUR), ahead(8 * DAY)], NOW);
    expect(forecast).toEqual({ dueNow: 2, dueToday: 3, dueThisWeek: 5, nextDueAt: ahead(HOUR).toISOString() });
    expect(isDue(NOW, NOW)).toBe(true);
    expect(isDue(ahead(1), NOW)).toBe(false);
    expect(upcoming).toHaveLength(7);
    expect(forecast.dueNow + upcoming.reduce((sum, slot) => sum + slot.count, 0)).toBe(forecast.dueThisWeek);
    expect(upcoming[0]).toEqual({ date: "2026-03-01", count: 1 });
    expect(upcoming[1]).toEqual({ date: "2026-03-02", count: 2 });
    expect(upcoming.slice(2).every((slot) => slot.count === 0)).toBe(true);
  });
  test("nothing to review", () => {
    expect(buildReviewForecast([], NOW).forecast).toEqual({ dueNow: 0, dueToday: 0, dueThisWeek: 0, nextDueAt: null });
  });
});

describe("exports", () => {
  test("CSV has a header row, quotes what needs quoting and defuses formulas", () => {
    const csv = answersToCsv([
      {
        sessionId: "s1",
        questionId: "q1",
        sectionId: "set:a",
        kind: "participant",
        given: 'Alvi, "the" President',
        correct: true,
        overridden: false,
        answeredAt: NOW,
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "answered_at,session_id,question_id,section_id,kind,given,correct,overridden",
      `${NOW.toISOString()},s1,q1,set:a,participant,"Alvi, ""the"" President",true,false`,
      "",
    ]);
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1")).toBe("'-1");
  });

  test("CSV defuses formulas hidden behind spaces and invisible characters", () => {
    for (const hidden of [" =1+1", "\u00a0=1+1", "\u200b=1+1", "\ufeff=1+1", "\u2060@SUM(A1)", " \t=1", "\u3000+1"]) {
      expect(csvField(hidden)).toBe(`'${hidden}`);
    }
    expect(csvField("plain answer")).toBe("plain answer");
    expect(csvField(" leading space only")).toBe(" leading space only");
    expect(exportFileName(NOW, "csv")).toBe("visit-progress-2026-03-01.csv");
  });
});
