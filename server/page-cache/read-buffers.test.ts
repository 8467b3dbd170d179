import { describe, expect, it } from "vitest";
import { ReadBuffers } from "./read-buffers";

describe("ReadBuffers", () => {
  it("hands out buffers in powers of two, 16 KB at least", () => {
    const buffers = new ReadBuffers(1 << 20);
    expect(buffers.take(100).length).toBe(16 * 1024);
    expect(buffers.take(100_000).length).toBe(128 * 1024);
    expect(buffers.take(128 * 1024).length).toBe(128 * 1024);
  });

  it("uses a given-back buffer again for a request of its size class", () => {
    const buffers = new ReadBuffers(1 << 20);
    const first = buffers.take(90_000);
    buffers.give(first);
    expect(buffers.idleBytes).toBe(128 * 1024);
    expect(buffers.take(70_000)).toBe(first);
    expect(buffers.idleBytes).toBe(0);
    expect(buffers.take(70_000)).not.toBe(first);
  });

  it("keeps no more idle bytes than its bound, and no buffer outside its size classes", () => {
    const buffers = new ReadBuffers(256 * 1024);
    const taken = [buffers.take(100_000), buffers.take(100_000), buffers.take(100_000)];
    for (const buffer of taken) buffers.give(buffer);
    expect(buffers.idleBytes).toBe(256 * 1024);
    buffers.give(Buffer.alloc(1000));
    expect(buffers.idleBytes).toBe(256 * 1024);
  });
});
