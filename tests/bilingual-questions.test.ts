import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/content/parse-document";
import { getStudySet } from "@/lib/content/study-sets";
import { getDocumentGlossary } from "@/lib/glossary/document-glossary";
import { gradeTyped } from "@/lib/quiz/grade-answer";
import { buildQuestionBank } from "@/lib/questions/build-question-bank";
import { checkBank } from "@/lib/questions/check-bank";
import { latinNamesLeft, localizePromptZh } from "@/lib/questions/localize-zh";
import { TERM_DIRECTIONS } from "@/lib/questions/make-term";

// Questions across the two languages on the seed: Chinese prompts that name people and
// places in Chinese, and `term` questions in every direction, graded in Chinese and pinyin.
const SEED = "qin-gang-islamabad-2023-05";
const document = getStudySet(SEED)!;
const glossary = getDocumentGlossary(SEED);
const bank = buildQuestionBank(document, { glossary });

describe("Chinese prompts", () => {
  it("leave no glossary name in Latin script (quoted source sentences, term questions and the English headline a label question matches aside)", () => {
    const left = bank.questions
      .filter((question) => question.kind !== "term" && question.kind !== "label")
      .flatMap((question) => latinNamesLeft(question.prompt.zh, glossary).map((name) => `${question.prompt.zh}: ${name}`));
    expect(left).toEqual([]);
    expect(left.length).toBe(0);
    const labels = bank.questions.filter((question) => question.kind === "label");
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.prompt.zh).toContain(`“${label.source.replace(/（[^）]*）$/, "").trim()}”`);
  });

  it("read as the issue asks", () => {
    expect(bank.questions.map((question) => question.prompt.zh)).toContain("2023年5月6日，秦刚与谁举行了“第四次中巴外长战略对话”？");
    expect(localizePromptZh("Qin Gang在Islamabad出席“unveiling ceremony of the Foreign Service Academy of Pakistan”是在哪一天？", glossary)).toBe(
      "秦刚在伊斯兰堡出席“巴基斯坦外交学院揭牌仪式”是在哪一天？",
    );
  });

  it("keep a quoted source sentence as written", () => {
    const prompt = "请填空：“Qin Gang said that China and Pakistan are ____.”";
    expect(localizePromptZh(prompt, glossary)).toBe(prompt);
  });

  it("leave the bank clean under the quality rules", () => {
    expect(checkBank(bank, document)).toEqual([]);
  });

  it("let a typed person answer be given in Chinese or pinyin", () => {
    const question = bank.questions.find((candidate) => candidate.kind === "participant" && candidate.answer === "Bilawal Bhutto Zardari")!;
    for (const typed of ["Bilawal Bhutto Zardari", "比拉瓦尔", "bǐ lā wǎ ěr", "bi3 la1 wa3 er3"])
      expect(gradeTyped(typed, [question.answer, ...question.accept]), typed).toBe(true);
  });
});

describe("term questions", () => {
  const terms = bank.questions.filter((question) => question.kind === "term");

  it("ask every direction, with wrong choices of the same sort", () => {
    expect(terms.length).toBeGreaterThanOrEqual(TERM_DIRECTIONS.length * 3);
    // A Chinese name among foreign ones would be the one Chinese choice: 秦刚 is typed.
    const qin = terms.find((question) => question.answer === "秦刚")!;
    expect(qin.choices).toEqual([]);
    expect(qin.prompt.en).toBe("Write “Qin Gang” (State Councilor and Foreign Minister of China, 2022–2023) in Chinese characters.");
    expect(qin.prompt.zh).toBe("请用汉字写出“Qin Gang”（国务委员兼外交部长，2022—2023年）。");
    // Every choice question's wrong choices are of the answer's own sort.
    const sortOf = new Map(glossary.map((entry) => [entry.zhFull ?? entry.zh, entry.category]));
    const pinyin = terms.filter((question) => question.prompt.zh.startsWith("读作") && question.choices.length > 0);
    expect(pinyin.length).toBeGreaterThan(0);
    for (const question of pinyin) for (const choice of question.choices) expect(sortOf.get(choice), choice).toBe(sortOf.get(question.answer));
    expect(terms.filter((question) => question.choices.length === 0).length).toBeGreaterThan(0);
  });

  it("grade a typed answer in Chinese, or pinyin with or without tones", () => {
    const islamabad = terms.find((question) => question.choices.length === 0 && question.answer === "伊斯兰堡")!;
    const forms = [islamabad.answer, ...islamabad.accept];
    for (const typed of ["伊斯兰堡", "yī sī lán bǎo", "yi si lan bao", "yi1 si1 lan2 bao3", "yisilanbao", "Yi Si Lan Bao"])
      expect(gradeTyped(typed, forms), typed).toBe(true);
    for (const typed of ["Islamabad", "yi si lan", "伊斯兰"]) expect(gradeTyped(typed, forms), typed).toBe(false);
  });

  it("grade 秦刚 in characters only: 'Qin Gang' typed back is the prompt, not an answer", () => {
    const qin = terms.find((question) => question.answer === "秦刚")!;
    expect(gradeTyped("秦刚", [qin.answer, ...qin.accept])).toBe(true);
    for (const typed of ["Qin Gang", "qín gāng", "qin2 gang1"]) expect(gradeTyped(typed, [qin.answer, ...qin.accept]), typed).toBe(false);
  });

  it("are the same on every run", () => {
    expect(buildQuestionBank(document, { glossary }).questions).toEqual(bank.questions);
  });
});

describe("Chinese prompts for documents the glossary does not cover", () => {
  const text = [
    "date 2022-01-10 Sri Lankan President Gotabaya Rajapaksa Meets with Wang Yi（会见斯里兰卡总统）",
    "",
    "On January 9, 2022, Sri Lankan President Gotabaya Rajapaksa met with State Councilor and Foreign Minister Wang Yi in Colombo.",
    "",
    "Wang Yi said that China is ready to work with Sri Lanka to deepen practical cooperation.",
    "",
    "Wang Yi Holds Talks with Turkish Foreign Minister（与土耳其外长会谈）",
    "",
    "On January 10, 2022, State Councilor and Foreign Minister Wang Yi held talks with Turkish Foreign Minister Mevlut Cavusoglu in Ankara.",
  ].join("\n");
  const parsed = parseDocument(text, "fixture.txt");
  const zh = buildQuestionBank(parsed).questions.map((question) => question.prompt.zh);

  it("name a foreign official by country and office, and a capital in Chinese", () => {
    expect(zh).toContain("斯里兰卡总统在科伦坡会见王毅是在哪一天？");
    expect(zh.some((prompt) => /Colombo|Gotabaya|Ankara|Cavusoglu/.test(prompt))).toBe(false);
  });

  it("point to an event the glossary lacks by its section's label", () => {
    const prompt = "秦刚在伊斯兰堡出席“opening of the Friendship Hall”是在哪一天？";
    // A label that says what was attended gives the event in Chinese; any other label is pointed to.
    expect(localizePromptZh(prompt, [], undefined, "出席友谊大厅开馆仪式")).toBe("秦刚在伊斯兰堡出席友谊大厅开馆仪式是在哪一天？");
    expect(localizePromptZh(prompt, [], undefined, "习近平出席沙特王储举行的欢迎仪式")).toBe("秦刚在伊斯兰堡出席沙特王储举行的欢迎仪式是在哪一天？");
    // A label that names no event gives no Chinese prompt: the question is left out.
    expect(localizePromptZh(prompt, [], undefined, "在外交学院与青年外交官互动")).toBeNull();
    expect(localizePromptZh(prompt, [], undefined, "第二次中斯外长对话")).toBe("秦刚在伊斯兰堡出席“第二次中斯外长对话”是在哪一天？");
    // A label that says what was held names the event by what was held, never "举行“…举行…”".
    expect(localizePromptZh("王毅在比什凯克与吉尔吉斯斯坦外长举行“first strategic dialogue”是在哪一天？", [], undefined, "中吉外长举行首次战略对话")).toBe(
      "王毅在比什凯克与吉尔吉斯斯坦外长举行首次战略对话是在哪一天？",
    );
    // A label that tells of going on to the next stop's gathering (赴日本出席…) names no event of this section.
    expect(localizePromptZh("胡锦涛出席“fifth summit of the Group of 20”是在哪一天？", [], undefined, "胡锦涛离开韩国赴日本出席亚太经合组织会议")).toBeNull();
    // A mechanism of two countries' leaders chaired or attended is named with them: whose it was.
    expect(localizePromptZh("李强主持“30th regular meeting of the heads of government”是在哪一天？", [], undefined, "中俄总理举行第三十次定期会晤")).toBe(
      "李强主持中俄总理第三十次定期会晤是在哪一天？",
    );
  });

  it("name a ceremony the glossary cannot name by its kind alone (no English name inside Chinese), and leave out a place with no Chinese name", () => {
    expect(localizePromptZh("秦刚出席“unveiling ceremony of the Academy of Somewhere”时，还有谁在场？", [])).toBe("秦刚出席揭牌仪式时，还有谁在场？");
    expect(localizePromptZh("李强在Dubai与阿联酋副总统兼总理举行会谈是在哪一天？", [])).toBe("李强与阿联酋副总统兼总理举行会谈是在哪一天？");
    expect(localizePromptZh("王毅在Islamabad会见谁？", glossary)).toBe("王毅在伊斯兰堡会见谁？");
    // A ceremony said by its kind, or as the label names it when the label says more.
    expect(localizePromptZh("温家宝出席“a welcoming ceremony held for him by the Prime Minister”是在哪一天？", [])).toBe("温家宝出席欢迎仪式是在哪一天？");
    expect(localizePromptZh("习近平出席“a welcoming ceremony held by the Crown Prince”是在哪一天？", [], undefined, "习近平出席沙特王储举行的欢迎仪式")).toBe(
      "习近平出席沙特王储举行的欢迎仪式是在哪一天？",
    );
    // "Port of Spain" is a city, not Spain.
    expect(localizePromptZh("习近平在Port of Spain与特多总理举行会谈是在哪一天？", glossary)).toBe("习近平与特多总理举行会谈是在哪一天？");
    // A city put into Chinese keeps no venue in Latin letters after it.
    expect(localizePromptZh("王毅在Islamabad Convention Centre出席会议是在哪一天？", glossary)).toBe("王毅在伊斯兰堡出席会议是在哪一天？");
  });

  it("keep a prime minister's name where 总理 or 首相 depends on a country it does not know", () => {
    expect(localizePromptZh("王毅在堪培拉会见Anthony Albanese是在哪一天？", [], new Map([["Anthony Albanese", "澳大利亚总理"]]))).toBe(
      "王毅在堪培拉会见澳大利亚总理是在哪一天？",
    );
  });
});
