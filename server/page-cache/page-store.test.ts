import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PageStore } from "./page-store";
import type { StoredPagesIndex } from "./stored-pages";

/** A store of `count` pages of `bytes` bytes each (identity only), at /p0, /p1, …, with room for `room` bytes. */
function storeOf(count: number, bytes: number, room: number): PageStore {
  const dir = mkdtempSync(join(tmpdir(), "page-store-"));
  const index: StoredPagesIndex = { buildId: "test", headerSets: [[["content-type", "text/html"]]], pages: {} };
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `${i}.html`), String(i).padEnd(bytes, "."));
    index.pages[`/p${i}`] = { status: 200, headers: 0, file: `${i}.html` };
  }
  return new PageStore(dir, index, room);
}

async function ask(store: PageStore, path: string) {
  return store.cached(path, "identity") ?? (await store.load(path, "identity"));
}

describe("PageStore", () => {
  it("keeps a page read from disk while there is room, with its length in the headers", async () => {
    const store = storeOf(1, 1000, 10_000);
    const first = await ask(store, "/p0");
    expect(first?.release).toBeUndefined();
    expect(first?.head).toEqual(["content-type", "text/html", "content-length", "1000"]);
    expect(store.cached("/p0", "identity")).toBe(first);
    expect(await store.load("/missing", "identity")).toBeNull();
  });

  it("reads a page it does not keep into a buffer that the next such page reuses once released", async () => {
    // Room for one page: /p0 stays, the others are asked for as often as it and are not kept.
    const store = storeOf(3, 3000, 6000);
    await ask(store, "/p0");
    const second = await ask(store, "/p1");
    expect(second?.release).toBeDefined();
    expect(second?.body.toString()).toBe("1".padEnd(3000, "."));
    const buffer = second!.body.buffer;
    second!.release!();
    const third = await ask(store, "/p2");
    expect(third?.body.toString()).toBe("2".padEnd(3000, "."));
    expect(third!.body.buffer).toBe(buffer);
  });

  it("gives requests that miss the same page at once one shared read when it is kept", async () => {
    const store = storeOf(1, 5000, 100_000);
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(store, "/p0")));
    expect(new Set(answers.map((answer) => answer?.body)).size).toBe(1);
  });
});
