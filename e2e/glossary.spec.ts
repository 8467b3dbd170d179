import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { getStudySets } from "@/lib/content/study-sets";

// The study page teaching both languages, in both locales: glossary popovers by mouse,
// keyboard and touch; the pinyin toggle kept across pages; listen buttons calling a
// stubbed speechSynthesis with the right language (and hidden with no voice); the
// searchable glossary page; axe on all of it.

const set = getStudySets().find((candidate) => candidate.slug === "qin-gang-islamabad-2023-05")!;
const armySection = set.sections.find((section) => section.labelZh === "见陆参")!;
const previousSection = set.sections[armySection.index - 1]!;
const studyUrl = (locale: string, slug: string) => `/${locale}/study/${set.slug}/${slug}`;

const TEXT = {
  en: {
    pinyin: "Pinyin",
    listenLabel: "Listen to 见陆参",
    listenHeadline: "Listen to the headline",
    rate: "Speech rate",
    next: "Next section",
    search: "Search the glossary",
    words: "What 见陆参 is made of",
  },
  zh: { pinyin: "拼音", listenLabel: "朗读见陆参", listenHeadline: "朗读标题", rate: "语速", next: "下一节", search: "搜索词汇表", words: "见陆参的构成" },
} as const;

/** A speechSynthesis that records what it is asked to say, with the given voices. */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: { text: string; lang: string; rate: number }[] = [];
    Object.assign(window, { __spoken: spoken });
    class Utterance {
      text: string;
      lang = "";
      rate = 1;
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: {
        getVoices: () => list.map((voice) => ({ ...voice, default: false, localService: true, voiceURI: voice.name })),
        speak: (utterance: Utterance) => spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; rate: number }[] }).__spoken);

for (const locale of ["en", "zh"] as const) {
  const text = TEXT[locale];

  test.describe(`glossary on the study page (${locale})`, () => {
    test("a term opens its Chinese by mouse, and closes when the mouse leaves", async ({ page }) => {
      await page.goto(studyUrl(locale, armySection.slug));
      const term = page.locator("main p").getByRole("button", { name: "Asim Munir" }).first();
      await term.hover();
      await expect(term).toHaveAttribute("aria-expanded", "true");
      const card = page.locator(`[id="${await term.getAttribute("aria-controls")}"]`);
      await expect(card).toBeVisible();
      await expect(card.locator('[lang="zh"]').first()).toHaveText("阿西姆·穆尼尔");
      await expect(card.locator('[lang="zh-Latn"]')).toHaveText("ā xī mǔ·mù ní ěr");
      await page.mouse.move(5, 5);
      await expect(card).toBeHidden();
    });

    test("a term opens by keyboard focus, is announced, and Escape closes it", async ({ page }) => {
      await page.goto(studyUrl(locale, armySection.slug));
      const term = page.locator("main p").getByRole("button", { name: "Qin Gang" }).first();
      await term.focus();
      await expect(term).toBeFocused();
      await expect(term).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByTestId("term-announcer")).toHaveText("秦刚, qín gāng");
      await page.keyboard.press("Escape");
      await expect(term).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByTestId("term-announcer")).toHaveText("");
      await expect(page.locator(`[id="${await term.getAttribute("aria-controls")}"]`)).toBeHidden();
    });

    test("pinyin shown by the toggle stays on across pages and reloads", async ({ page }) => {
      await page.goto(studyUrl(locale, previousSection.slug));
      const toggle = page.getByRole("button", { name: text.pinyin, exact: true });
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expect(page.locator("rt.pinyin-rt").first()).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expect(page.locator("rt.pinyin-rt").first()).toBeVisible();
      await page.getByRole("link", { name: new RegExp(text.next) }).click();
      await expect(page).toHaveURL(new RegExp(armySection.slug));
      await expect(page.getByRole("button", { name: text.pinyin, exact: true })).toHaveAttribute("aria-pressed", "true");
      await expect(page.locator("rt.pinyin-rt")).toHaveText(["jiàn", "lù", "cān"]);
      await page.reload();
      await expect(page.locator("rt.pinyin-rt").first()).toBeVisible();
      await page.getByRole("button", { name: text.pinyin, exact: true }).click();
      await expect(page.locator("rt.pinyin-rt").first()).toBeHidden();
    });

    test("the label's words: 见 'to meet' and 陆参, short for 陆军参谋长", async ({ page }) => {
      await page.goto(studyUrl(locale, armySection.slug));
      await page.getByText(text.words).click();
      const words = page.locator("details dl");
      await expect(words).toContainText("to meet");
      await expect(words).toContainText("陆军参谋长");
    });

    test("listen buttons speak Mandarin and English at the chosen rate", async ({ page }) => {
      await stubSpeech(page, [
        { lang: "zh-CN", name: "Mandarin" },
        { lang: "en-US", name: "English" },
      ]);
      await page.goto(studyUrl(locale, armySection.slug));
      await page.getByRole("button", { name: text.listenLabel }).click();
      await page.getByLabel(text.rate).selectOption("0.8");
      await page.getByRole("button", { name: text.listenHeadline }).click();
      expect(await spoken(page)).toEqual([
        { text: "见陆参", lang: "zh-CN", rate: 1 },
        { text: armySection.title, lang: "en-US", rate: 0.8 },
      ]);
    });

    test("listen buttons are hidden where the browser has no voice", async ({ page }) => {
      await stubSpeech(page, []);
      await page.goto(studyUrl(locale, armySection.slug));
      await expect(page.getByRole("button", { name: text.pinyin, exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: text.listenLabel })).toHaveCount(0);
      await expect(page.getByRole("button", { name: text.listenHeadline })).toHaveCount(0);
      await expect(page.getByLabel(text.rate)).toHaveCount(0);
    });

    test("only a Mandarin voice: Chinese can be heard, the headline cannot", async ({ page }) => {
      await stubSpeech(page, [{ lang: "zh_CN", name: "Mandarin" }]);
      await page.goto(studyUrl(locale, armySection.slug));
      await expect(page.getByRole("button", { name: text.listenLabel })).toBeVisible();
      await expect(page.getByRole("button", { name: text.listenHeadline })).toHaveCount(0);
    });

    test("the glossary page finds an entry by pinyin without tones", async ({ page }) => {
      await page.goto(`/${locale}/glossary/${set.slug}`);
      await page.getByLabel(text.search).fill("mu ta ji");
      const rows = page.locator("tbody tr");
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("穆塔基");
      await expect(rows.first()).toContainText("Amir Khan Muttaqi");
      await expect(page.getByRole("status").filter({ hasText: /1/ })).toBeVisible();
    });

    test("axe: study page with pinyin, an open term and voices; the glossary page", async ({ page }) => {
      await stubSpeech(page, [
        { lang: "zh-CN", name: "Mandarin" },
        { lang: "en-US", name: "English" },
      ]);
      await page.addInitScript(() => localStorage.setItem("showPinyin", "on"));
      await page.goto(studyUrl(locale, armySection.slug));
      await page.getByText(text.words).click();
      await page.locator("main p").getByRole("button", { name: "Asim Munir" }).first().focus();
      await expect(page.locator("rt.pinyin-rt").first()).toBeVisible();
      await expectNoViolations(page, `study page (${locale})`);
      await page.goto(`/${locale}/glossary/${set.slug}`);
      await expectNoViolations(page, `glossary page (${locale})`);
    });
  });

  test.describe(`glossary by touch (${locale})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test("a tap opens a term's card and a second tap closes it", async ({ page }) => {
      await page.goto(studyUrl(locale, armySection.slug));
      const term = page.locator("main p").getByRole("button", { name: "Asim Munir" }).first();
      await term.tap();
      const card = page.locator(`[id="${await term.getAttribute("aria-controls")}"]`);
      await expect(card).toBeVisible();
      await expect(card).toContainText("阿西姆·穆尼尔");
      await term.tap();
      await expect(card).toBeHidden();
    });
  });
}
