import { z } from "zod";

// The hand-written facts of a corpus document (tests/corpus/FORMAT.md): what a reader
// finds in each section, against which the generator's extraction and coverage are scored.

const GoldParticipant = z.object({ name: z.string().min(1), title: z.string().nullable(), side: z.string().optional() });
const GoldPosition = z.object({ holder: z.string().min(1), text: z.string().min(1) });
const GoldSection = z.object({
  index: z.number().int().min(0),
  headline: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  format: z.string().optional(),
  participants: z.array(GoldParticipant),
  positions: z.array(GoldPosition),
});

export const GoldDocument = z.object({
  document: z.string(),
  outlet: z.string().optional(),
  visitor: z.string().min(1),
  sections: z.array(GoldSection),
});

export type GoldDocument = z.infer<typeof GoldDocument>;
