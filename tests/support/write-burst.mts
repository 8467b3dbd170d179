// One process of the concurrency test (tests/database.test.ts): `count` first writes at
// once, each creating a learner and marking a section in one transaction through the
// app's data layer, as a first "mark as studied" does. Prints the failures as JSON.
import { postgresDatabase } from "../../lib/database/postgres-driver";
import { sqliteDatabase } from "../../lib/database/sqlite-driver";
import { providerOf, sqliteFile } from "../../lib/database/url";

const [url, countText, tag] = process.argv.slice(2) as [string, string, string];
const db = providerOf(url) === "sqlite" ? sqliteDatabase(sqliteFile(url)) : postgresDatabase(url, 10);
const failures: string[] = [];
await Promise.all(
  Array.from({ length: Number(countText) }, async (_, i) => {
    const id = `${tag}-${i}`.padEnd(43, "x");
    try {
      await db.transaction(async (tx) => {
        await tx.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, new Date()]);
        await tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [id, "set:a", new Date()]);
        // Read back inside the transaction, as the route does, before it commits.
        await tx.get(`SELECT "studiedAt" FROM "StudiedSection" WHERE "learnerId" = ?`, [id]);
      });
    } catch (error) {
      failures.push((error as Error).message);
    }
  }),
);
await db.close();
console.log(JSON.stringify(failures));
