import { describe, expect, it } from "vitest";
import pg from "pg";
import { executeText, inlined, literal, numberPlaceholders } from "./postgres-statements";

// Values written into a statement sent in a simple query (the writes that go with a
// COMMIT on PostgreSQL): escaped as pg escapes them, so the statement means what it would
// with parameters. tests/database.test.ts sends such writes to a real server.

const client = { escapeLiteral: pg.Client.prototype.escapeLiteral };

describe("literal", () => {
  it("escapes quotes and backslashes in strings, and writes dates as ISO text", () => {
    expect(literal(client, "it's")).toBe("'it''s'");
    expect(literal(client, "a\\b")).toBe(" E'a\\\\b'");
    expect(literal(client, new Date("2026-01-02T03:04:05.006Z"))).toBe("'2026-01-02T03:04:05.006Z'");
  });

  it("writes numbers only when finite, negative ones in parentheses; booleans and null as keywords", () => {
    expect(literal(client, 3)).toBe("3");
    expect(literal(client, -0.5)).toBe("(-0.5)");
    expect(literal(client, 1e-7)).toBe("1e-7");
    expect(literal(client, true)).toBe("TRUE");
    expect(literal(client, null)).toBe("NULL");
    expect(() => literal(client, Number.NaN)).toThrow();
    expect(() => literal(client, Infinity)).toThrow();
  });
});

describe("inlined", () => {
  it("puts each value in its placeholder, and refuses a count that does not match", () => {
    expect(inlined(client, `UPDATE "A" SET "x" = "x" -? WHERE "id" = ?`, [-1, "a'; --"])).toBe(`UPDATE "A" SET "x" = "x" -(-1) WHERE "id" = 'a''; --'`);
    expect(() => inlined(client, `SELECT ?`, [])).toThrow(/fewer values/);
    expect(() => inlined(client, `SELECT ?`, [1, 2])).toThrow(/more values/);
  });

  it("numbers the same placeholders for prepared statements", () => {
    expect(numberPlaceholders(`SELECT 1 WHERE "x" = ? AND "y" = ?`)).toBe(`SELECT 1 WHERE "x" = $1 AND "y" = $2`);
  });
});

describe("executeText", () => {
  it("executes the statement's prepared form with every value as a quoted literal of its text, as the extended protocol sends it", () => {
    const text = `UPDATE "A" SET "x" = ?, "y" = ?, "z" = ?, "when" = ? WHERE "id" = ? AND "n" = ?`;
    const sql = executeText(client, text, [-0.25, true, null, new Date("2026-01-02T03:04:05.006Z"), "a'; --", 3]);
    expect(sql).toMatch(/^EXECUTE app_sql_\d+\('-0\.25', 'true', NULL, '2026-01-02T03:04:05\.006Z', 'a''; --', '3'\)$/);
    // The same text, the same prepared statement.
    expect(executeText(client, text, [1, false, "b", null, "c", 4]).split("(")[0]).toBe(sql.split("(")[0]);
  });

  it("has no parentheses without values, and refuses a count that does not match", () => {
    expect(executeText(client, `SELECT 1`, [])).toMatch(/^EXECUTE app_sql_\d+$/);
    expect(() => executeText(client, `SELECT ?`, [])).toThrow(/fewer values/);
    expect(() => executeText(client, `SELECT ?`, [1, 2])).toThrow(/more values/);
  });
});
