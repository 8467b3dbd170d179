import { describe, expect, it } from "vitest";
import { LoadShedder } from "./load-shedder";

/** A shedder on a hand-driven clock, whose event-loop turns end when the test says so. */
function shedder(maxInFlight: number, turnBudgetMs: number, minTurnRequests = 0) {
  let clock = 0;
  let endOfTurn: (() => void)[] = [];
  const load = new LoadShedder({ maxInFlight, turnBudgetMs, minTurnRequests, now: () => clock, afterTurn: (callback) => endOfTurn.push(callback) });
  return {
    load,
    spend: (ms: number) => (clock += ms),
    endTurn: () => {
      const callbacks = endOfTurn;
      endOfTurn = [];
      for (const callback of callbacks) callback();
    },
  };
}

describe("LoadShedder", () => {
  it("admits up to its maximum in flight, refuses the next, and admits again once one leaves", () => {
    const { load } = shedder(2, 1000);
    expect(load.tryEnter()).toBe(true);
    expect(load.tryEnter()).toBe(true);
    expect(load.tryEnter()).toBe(false);
    expect(load.current).toBe(2);
    load.leave();
    expect(load.tryEnter()).toBe(true);
  });

  it("sheds the rest of a turn once the turn has spent its budget, and admits again in the next turn", () => {
    const { load, spend, endTurn } = shedder(1000, 500);
    for (let served = 0; served < 5; served++) {
      expect(load.tryEnter()).toBe(true);
      spend(100);
      load.leave();
    }
    spend(1);
    expect(load.tryEnter(), "501 ms into the turn").toBe(false);
    endTurn();
    expect(load.tryEnter(), "a new turn").toBe(true);
  });

  it("does not shed a turn of few requests, however slow: a slow server is not a queue", () => {
    const { load, spend, endTurn } = shedder(1000, 500, 3);
    for (let served = 0; served < 3; served++) {
      expect(load.tryEnter()).toBe(true);
      spend(400);
      load.leave();
    }
    expect(load.tryEnter(), "the fourth request of a 1.2 s turn").toBe(false);
    endTurn();
    expect(load.tryEnter()).toBe(true);
  });

  it("never counts below zero, so a stray leave cannot raise the limit", () => {
    const { load } = shedder(1, 1000);
    load.leave();
    expect(load.current).toBe(0);
    expect(load.tryEnter()).toBe(true);
    expect(load.tryEnter()).toBe(false);
  });
});
