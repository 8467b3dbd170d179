import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { DATABASE_READY, databaseReady } from "./start-gate";

describe("databaseReady", () => {
  it("resolves on the go message only, and stops listening once it has", async () => {
    // A stand-in for the process's IPC channel (the test runner uses the real one).
    const channel = new EventEmitter();
    let opened = false;
    const ready = databaseReady(channel).then(() => (opened = true));
    channel.emit("message", { type: "something-else" });
    channel.emit("message", undefined);
    await Promise.resolve();
    expect(opened).toBe(false);
    channel.emit("message", { type: DATABASE_READY });
    await ready;
    expect(opened).toBe(true);
    expect(channel.listenerCount("message")).toBe(0);
  });
});
