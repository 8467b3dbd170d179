import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// One axe check with one failure format, shared by the specs that audit a page's accessibility.
export async function expectNoViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
    `axe on ${name}`,
  ).toEqual([]);
}
