import { describe, expect, it } from "vitest";
import { parseDocument } from "../../content/parse-document";
import { buildQuestionBank } from "../build-question-bank";
import { ANSWER_IN_ENGLISH } from "../localize-zh";
import { acceptedForms } from "./ask-recall";
import { boundPhrase } from "./blank-context";

// Typed recall of a named thing a party committed to, where no fair wrong choices exist
// (a corridor named by its countries has none: any other would name other countries).

const doc = (body: string) =>
  parseDocument(
    `date 2024-03-02\nWang Yi Meets with Kenyan Foreign Minister John Smith（会见肯尼亚外长）\n\nOn March 1, 2024, Foreign Minister Wang Yi met with Kenyan Foreign Minister John Smith in Beijing.\n\n${body}`,
    "fixture.txt",
  );
const recalls = (body: string) => buildQuestionBank(doc(body)).questions.filter((question) => question.prompt.en.startsWith("Type the missing"));

describe("recall questions", () => {
  it("blank a named project a party committed to, typed, with its acronym accepted", () => {
    const [question] = recalls("John Smith said that Kenya is ready to speed up the Kenya-Uganda Economic Corridor (KUEC) with China.");
    expect(question?.answer).toBe("Kenya-Uganda Economic Corridor (KUEC)");
    expect(question?.choices).toEqual([]);
    expect(question?.accept).toEqual(expect.arrayContaining(["Kenya-Uganda Economic Corridor", "KUEC"]));
    expect(question?.prompt.en).toContain("____ with China");
  });

  it("accept a corridor of hyphenated countries under their initials ('BCIM Economic Corridor')", () => {
    const [question] = recalls("John Smith said that Kenya will take part in the construction of the Kenya-China-India-Uganda Economic Corridor with China.");
    expect(question?.accept).toEqual(expect.arrayContaining(["KCIU Economic Corridor"]));
    // Six letters are no acronym anyone writes.
    expect(question?.accept).not.toContain("KCIUEC");
  });

  it("accept initials of a body or an initiative, not of any name ('GDI', but no 'BFA')", () => {
    expect(acceptedForms("Big Four Agenda")).not.toContain("BFA");
    expect(acceptedForms("Global Development Initiative")).toContain("GDI");
    const [army] = recalls("John Smith said that Kenya firmly opposes the Northern Liberation Army and will fight it with China.");
    expect(army?.accept).toEqual(expect.arrayContaining(["NLA"]));
  });

  it("accept a UN body under its full name, and blank no UN charter as printed in lower case", () => {
    const [question] = recalls("John Smith said that Kenya supports a bigger role for the UN Security Council in settling the issue.");
    expect(question?.accept).toEqual(expect.arrayContaining(["UN Security Council", "United Nations Security Council", "UNSC"]));
    expect(recalls("John Smith said that the two countries should take the lead in abiding by the UN charter.")).toEqual([]);
  });

  it("blank no item of an open list, where many a name would be right", () => {
    expect(
      recalls("John Smith said that Kenya is ready to deepen cooperation in fields including the Kenya-Uganda Economic Corridor, connectivity and trade."),
    ).toEqual([]);
    expect(
      recalls("John Smith said that Kenya is ready to crack down on forces including the Kenya-Uganda Liberation Movement, and protect Chinese staff."),
    ).toHaveLength(1);
    // A middle item after "the": "mechanisms such as the United Nations, the ____ and the …".
    expect(
      recalls(
        "John Smith said that Kenya will strengthen coordination with China within mechanisms such as the United Nations, the Kenya-Uganda Cooperation Council and the African Union.",
      ).filter((question) => question.answer.startsWith("Kenya-Uganda")),
    ).toEqual([]);
  });

  it("never blank a place, a pair of countries or a person", () => {
    expect(recalls("John Smith said that Kenya is ready to work with China for peace in the Middle East.")).toEqual([]);
    expect(recalls("Wang Yi said that China supports Kenya and Uganda in resolving differences through dialogue.")).toEqual([]);
  });

  it("accept the glossary's Chinese, and ask for the name in English in a Chinese prompt when no Chinese form is accepted", () => {
    const [nameless] = recalls("John Smith said that Kenya is ready to speed up the Kenya-Uganda Economic Corridor (KUEC) with China.");
    expect(nameless?.prompt.zh.endsWith(ANSWER_IN_ENGLISH)).toBe(true);
    const [known] = recalls("John Smith said that Kenya will always abide by the Five Principles of Peaceful Coexistence in its relations with China.");
    expect(known?.accept).toContain("和平共处五项原则");
    expect(known?.prompt.zh.endsWith(ANSWER_IN_ENGLISH)).toBe(false);
  });

  it("accept the other English names the document's glossary knows for the answer", () => {
    const glossary = [
      {
        en: ["Kenya-Uganda Liberation Movement", "KULM", "Kenyan-Ugandan Liberation Movement"],
        zh: "肯乌解放运动",
        kind: "organisation" as const,
        category: "group" as const,
        source: "Xinhua",
      },
    ];
    const body = "John Smith said that Kenya is ready to crack down on forces including the Kenya-Uganda Liberation Movement, and protect Chinese staff.";
    const [question] = buildQuestionBank(doc(body), { glossary }).questions.filter((candidate) => candidate.prompt.en.startsWith("Type the missing"));
    expect(question?.accept).toEqual(expect.arrayContaining(["Kenyan-Ugandan Liberation Movement", "肯乌解放运动"]));
    // And every Chinese form it gives (东伊运 beside 东突厥斯坦伊斯兰运动).
    const shortened = [{ ...glossary[0]!, zhAlso: ["肯乌运"] }];
    const [again] = buildQuestionBank(doc(body), { glossary: shortened }).questions.filter((candidate) => candidate.prompt.en.startsWith("Type the missing"));
    expect(again?.accept).toContain("肯乌运");
  });

  it("accept a name ending in a number written each way ('World War Two', 'World War II', 'Second World War')", () => {
    const [question] = recalls("John Smith said that Kenya and China will jointly defend the outcome of World War Two (WWII) and the post-war order.");
    expect(question?.accept).toEqual(expect.arrayContaining(["World War Two", "World War II", "World War 2", "Second World War", "WWII"]));
  });

  it("blank no part of a name a spaced hyphen cut ('the Forum on China - Africa Cooperation')", () => {
    const text = "… as elaborated in the Addis Ababa Action Plan (2004 - 2006) of the Forum on China - Africa Cooperation, and emphasized …";
    const cut = { text: "Forum on China", start: text.indexOf("Forum on China"), category: "bloc", kind: "name" as const };
    expect(boundPhrase(text, cut)).toBe(true);
    const whole = { text: "Addis Ababa Action Plan", start: text.indexOf("Addis Ababa"), category: "project", kind: "name" as const };
    expect(boundPhrase(text, whole)).toBe(false);
  });

  it("ask a name once a document", () => {
    const asked = recalls(
      "Wang Yi said that China is ready to speed up the Kenya-Uganda Economic Corridor. John Smith said that Kenya supports the Kenya-Uganda Economic Corridor.",
    );
    expect(asked.map((question) => question.answer)).toEqual(["Kenya-Uganda Economic Corridor"]);
  });

  it("blank no missing member of a small sort the sentence lists", () => {
    expect(
      recalls(
        "Wang Yi said that China is ready to implement the Global Development Initiative, the Global Security Initiative and the Global Civilization Initiative with Kenya.",
      ),
    ).toEqual([]);
  });

  it("blank no two names at once, and not the Party a reader fills unread", () => {
    expect(
      recalls(
        "John Smith said that Kenya is ready to strengthen coordination in mechanisms including the Kenya-Uganda Joint Commission and Lake Victoria Basin Forum.",
      ),
    ).toEqual([]);
    expect(recalls("Wang Yi said that the Communist Party of China has kept close exchanges with Kenyan parties.")).toEqual([]);
    expect(recalls("John Smith said that Kenya is ready to speed up the Fish and Rice Corridor with China.").map((question) => question.answer)).toEqual([
      "Fish and Rice Corridor",
    ]);
  });
});

describe("recall of a name the text misspells", () => {
  it("accepts the official spelling and its Chinese ('Asia Infrastructure Investment Bank')", () => {
    const [question] = recalls("John Smith said that Kenya is ready to strengthen cooperation with China within the Asia Infrastructure Investment Bank.");
    expect(question?.answer).toBe("Asia Infrastructure Investment Bank");
    expect(question?.accept).toEqual(expect.arrayContaining(["Asian Infrastructure Investment Bank", "AIIB", "亚洲基础设施投资银行"]));
  });
});

describe("a partnership's level", () => {
  it("is not blanked where neither an event nor a country says whose partnership it is", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2013-03-26",
          "Chinese president arrives for state visit（国家主席抵达进行国事访问）",
          "",
          "PRETORIA, March 25 (Xinhua) -- Chinese President Li Hao arrived here on Monday for a state visit.",
          "",
          '"I believe that my visit will be a success and inject new strong vitality into our comprehensive strategic partnership," Li said.',
        ].join("\n"),
        "arrival.txt",
      ),
    );
    expect(bank.questions.filter((question) => question.kind === "agreement").map((question) => question.answer)).toEqual([]);
  });
});
