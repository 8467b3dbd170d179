import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/questions/types";
import { SESSION_MODES } from "./session-layout";
import { SESSION_PURPOSES } from "./session-purpose";
import { REVIEW_GRADES } from "./schedule-card";

// One schema per API input. Unknown fields are ignored; wrong types, out-of-range
// numbers and oversized strings or lists are rejected before anything is stored.

export const MAX_SESSION_QUESTIONS = 50;
export const DEFAULT_SESSION_QUESTIONS = 10;
export const MAX_ANSWER_LENGTH = 500;
const MAX_ID_LENGTH = 200;

const id = z.string().min(1).max(MAX_ID_LENGTH);

export const createSessionSchema = z
  .object({
    /** Section ids; empty or absent means every section. */
    sections: z.array(id).max(500).optional(),
    kinds: z
      .array(z.enum(QUESTION_KINDS))
      .max(QUESTION_KINDS.length * 2)
      .optional(),
    count: z.int().min(1).max(MAX_SESSION_QUESTIONS).optional(),
    mode: z.enum(SESSION_MODES).optional(),
    /** "retry" asks the given `questionIds` again (the summary's missed ones). */
    purpose: z.enum(SESSION_PURPOSES).optional(),
    /** Explicit questions, asked in this order (e.g. "retry the ones I missed"). */
    questionIds: z
      .array(id)
      .min(1)
      .max(MAX_SESSION_QUESTIONS)
      .refine((ids) => new Set(ids).size === ids.length, "duplicate question id")
      .optional(),
  })
  .refine((input) => input.purpose !== "retry" || input.questionIds !== undefined, { path: ["questionIds"], message: "a retry names its questions" });
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const answerSchema = z.object({
  questionId: id,
  answer: z.string().max(MAX_ANSWER_LENGTH),
});
export type AnswerInput = z.infer<typeof answerSchema>;

/** A review answer's grade: Again, Hard, Good or Easy. */
export const gradeSchema = z.object({ grade: z.enum(REVIEW_GRADES) });

/** The override takes no fields: an empty body or `{}`. */
export const overrideSchema = z.strictObject({});

export const resetSchema = z.object({ confirm: z.literal(true) });

export const exportQuerySchema = z.object({ format: z.enum(["json", "csv"]).default("json") });

/** Session ids are 22 base64url characters (16 random bytes); anything else names no session. */
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;

export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}
