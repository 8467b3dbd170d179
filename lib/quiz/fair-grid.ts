import type { Question } from "@/lib/questions/types";
import { cluesOf, sharedClues } from "./match-clues";

// A matching grid that cannot be solved by surface clues. A row is given away when its
// cue and its answer share a clue (a number, a Latin word) that no other item of the
// right-hand column carries. A country named in Chinese on one side and in English on the
// other is not such a clue: reading 阿富汗 as Afghanistan is the translation the round asks. Such a row gets a decoy carrying the same clue (one
// of its own wrong choices, which the generator guarantees are never right), or, when it
// has none, leaves the grid and is asked on its own. Pure and deterministic.

export type GridRow = { question: Question; cue: string };
export type FairGrid = { rows: Question[]; decoys: string[] };

const MAX_DECOYS = 4;

/** The cue of a label question: the quoted headline or label in its prompt. */
export function promptCue(question: Pick<Question, "prompt">): string {
  for (const text of [question.prompt.en, question.prompt.zh]) {
    const quoted = text.match(/[“「"]([^”」"]+)[”」"]/u);
    if (quoted?.[1]) return quoted[1];
  }
  return question.prompt.en;
}

export function givenAway(row: GridRow, column: readonly string[]): string[] {
  return sharedClues(row.cue, row.question.answer)
    .filter((clue) => !clue.startsWith("c:"))
    .filter((clue) => column.filter((item) => item !== row.question.answer && cluesOf(item).has(clue)).length === 0);
}

export function fairGrid(rows: readonly GridRow[]): FairGrid {
  let kept = [...rows];
  const decoys: string[] = [];
  const column = () => [...new Set([...kept.map((row) => row.question.answer), ...decoys])];
  for (let guard = 0; guard < rows.length + MAX_DECOYS + 1; guard++) {
    const unfair = kept.map((row) => ({ row, clues: givenAway(row, column()) })).find((entry) => entry.clues.length > 0);
    if (!unfair) break;
    const taken = new Set(column());
    const decoy =
      decoys.length < MAX_DECOYS
        ? unfair.row.question.choices.find(
            (choice) => !taken.has(choice) && !kept.some((row) => row.question.answer === choice) && unfair.clues.every((clue) => cluesOf(choice).has(clue)),
          )
        : undefined;
    if (decoy !== undefined) decoys.push(decoy);
    else kept = kept.filter((row) => row !== unfair.row);
  }
  return { rows: kept.length >= 2 ? kept.map((row) => row.question) : [], decoys: kept.length >= 2 ? decoys : [] };
}
