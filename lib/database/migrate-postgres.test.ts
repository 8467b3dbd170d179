import { describe, expect, it } from "vitest";
import { migrationNames } from "./migrations";
import { migrationStatements, readMigration } from "./migrate-postgres";

// The statements a PostgreSQL migration file holds between its own BEGIN; and COMMIT;,
// which the start runs inside its one transaction of all pending migrations.

describe("migrationStatements", () => {
  it("reads every committed migration, without its own transaction control", () => {
    for (const name of migrationNames("postgresql")) {
      const { statements, checksum } = readMigration(name);
      expect(statements).toContain("CREATE TABLE");
      expect(statements).not.toMatch(/^\s*(BEGIN|COMMIT)\s*;/im);
      expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("keeps what lies between BEGIN; and COMMIT;, comments allowed outside", () => {
    expect(migrationStatements("m", "-- why\nBEGIN;\nCREATE TABLE a (x INT);\nCOMMIT;\n")).toBe("CREATE TABLE a (x INT);");
  });

  it("refuses a file that is not one transaction", () => {
    expect(() => migrationStatements("m", "CREATE TABLE a (x INT);\n")).toThrow(/must be one transaction/);
    expect(() => migrationStatements("m", "BEGIN;\nCREATE TABLE a (x INT);\nCOMMIT;\nCREATE TABLE b (x INT);\n")).toThrow(/must be one transaction/);
    expect(() => migrationStatements("m", "BEGIN;\nCREATE TABLE a (x INT);\nCOMMIT;\nBEGIN;\nCREATE TABLE b (x INT);\nCOMMIT;\n")).toThrow(
      /must be one transaction/,
    );
  });
});
