import { describe, expect, it } from "vitest";
import { parseDocument } from "../../content/parse-document";
import { buildQuestionBank } from "../build-question-bank";

const text = [
  "date 2024-05-10 On May 9, 2024, Chinese Foreign Minister Wang Hao held talks with Chilean Foreign Minister Ana Ruiz in Santiago.",
  "",
  "The two sides agreed to upgrade their free trade agreement, uphold multilateralism and oppose unilateralism.",
  "",
  "Wang Hao said China supports economic globalization and opposes protectionism.",
].join("\n");

describe("blanks", () => {
  const bank = buildQuestionBank(parseDocument(text, "santiago.txt"));
  const blanks = bank.questions.filter((q) => q.kind === "agreement" && q.prompt.en.startsWith("Fill in"));

  it("never blank a phrase that qualifies the word after it ('a ____ agreement')", () => {
    expect(blanks.map((q) => q.answer)).not.toContain("free trade");
  });
});

describe("blanks their neighbours bind", () => {
  const bound = [
    "date 2024-05-10 On May 9, 2024, Chinese Foreign Minister Wang Hao held talks with Chilean Foreign Minister Ana Ruiz in Santiago.",
    "",
    "Chile hopes to strengthen cooperation with China in trade and infrastructure within the framework of the Belt and Road Initiative.",
    "",
    "The two sides agreed to reject “double standards” on fighting terrorism and oppose hegemonism.",
    "",
    "Wang Hao said China holds that military actions should have the authorization of the Security Council, and supports the Shanghai Cooperation Organization and the African Union.",
  ].join("\n");
  const answers = buildQuestionBank(parseDocument(bound, "bound.txt"))
    .questions.filter((q) => q.kind === "agreement")
    .map((q) => q.answer);

  it("never blank the framework the Belt and Road is, nor a stance its preposition gives away", () => {
    expect(answers).not.toContain("Belt and Road Initiative");
    expect(answers).not.toContain("double standards");
    expect(answers).not.toContain("Security Council");
  });
});

describe("blanks the verb before them binds", () => {
  const built = [
    "date 2024-05-10 On May 9, 2024, Chinese Premier Li Hao held talks with Chilean President Ana Ruiz in Beijing.",
    "",
    "Li said that China stands ready to work with Chile to implement their cooperation plan for the joint construction of the Belt and Road Initiative.",
  ].join("\n");
  const answers = buildQuestionBank(parseDocument(built, "built.txt"))
    .questions.filter((q) => q.kind === "agreement")
    .map((q) => q.answer);

  it("never blank the Belt and Road after 'joint construction of' (no Global … Initiative is built)", () => {
    expect(answers).not.toContain("Belt and Road Initiative");
  });
});

describe("blanks the sentence explains", () => {
  const fields = [
    "date 2014-10-15",
    "China ready to deepen cooperation with Italy: premier（李浩：中方愿深化同意大利合作）",
    "",
    "ROME, Oct. 14 (Xinhua) -- China is willing to work with Italy to expand sub-national exchanges, visiting Chinese Premier Li Hao said Tuesday.",
    "",
    "Li made the remarks at a joint press conference with his Italian counterpart, Ana Ruiz, after their meeting in Rome.",
    "",
    "China and Italy, both heirs to great ancient civilizations, enjoy inborn advantages in their people-to-people exchanges, and the two sides should continue to deepen cooperation in culture, education and tourism, he added.",
  ].join("\n");
  const answers = buildQuestionBank(parseDocument(fields, "fields.txt"))
    .questions.filter((q) => q.kind === "agreement")
    .map((q) => q.answer);

  it("never blank people-to-people exchanges beside the fields they are made of", () => {
    expect(answers).not.toContain("people-to-people exchanges");
  });

  it("never blank them beside a sentence that says them again ('advanced people-to-people exchanges')", () => {
    const again = [
      "date 2019-08-02",
      "Wang Hao Attends the China-Andean Community Foreign Ministers' Meeting（王浩出席中国—安第斯共同体外长会）",
      "",
      "On July 31, 2019 local time, Foreign Minister Wang Hao attended the China-Andean Community Foreign Ministers' Meeting in Lima, Peru.",
      "",
      "Wang Hao noted, China and the Andean countries focus on strategic communication. China and the Andean Community have attached importance to people-to-people and cultural exchanges, promoted mutual learning among civilizations, advanced people-to-people exchanges and integration, and enhanced mutual understanding, affinity and amity among the peoples.",
    ].join("\n");
    const asked = buildQuestionBank(parseDocument(again, "again.txt"))
      .questions.filter((q) => q.kind === "agreement")
      .map((q) => q.answer);
    expect(asked).not.toContain("people-to-people and cultural exchanges");
  });
});

describe("blanks of a short term", () => {
  const text2 = [
    "date 2024-05-10 On May 9, 2024, Chinese Foreign Minister Wang Hao held talks with Chilean Foreign Minister Ana Ruiz in Santiago.",
    "",
    "China is ready to work with Chile to deepen practical cooperation and political mutual trust, Wang said.",
  ].join("\n");
  const blanks = buildQuestionBank(parseDocument(text2, "heads.txt")).questions.filter((q) => q.kind === "agreement" && q.prompt.en.startsWith("Fill in"));

  it("offer one wrong choice per head noun when few share the answer's, so the answer's is never the odd one out", () => {
    // Asked only if three wrong choices of another sort remain (here none: it is not asked).
    for (const blank of blanks) {
      const heads = blank.choices.filter((choice) => choice !== blank.answer).map((choice) => choice.split(" ").pop());
      expect(new Set(heads).size).toBe(heads.length);
    }
  });
});

describe("blanks whose form or headline tells", () => {
  const lines = [
    "date 2025-01-16 Premier Welcomes OECD Role（会见经合组织秘书长）",
    "",
    "On January 16, 2025, Premier Li Hao met with Sami Adel, Secretary-General of the Organization for Economic Cooperation and Development (OECD), in Paris.",
    "",
    "China hopes for the Organization for Economic Cooperation and Development (OECD) to offer more policy support, Li said.",
    "",
    "China is ready to promote cooperation projects such as the Colombo Port City and Hambantota Port, Li said.",
    "",
    "China and France firmly oppose unilateralism and protectionism, Li said.",
    "",
    "Sami Adel said France is willing to deepen practical cooperation with China in various fields including economy, culture, education and tourism.",
  ];
  const answers = buildQuestionBank(parseDocument(lines.join("\n"), "oecd.txt"))
    .questions.filter((q) => q.kind === "agreement")
    .map((q) => q.answer);

  it("never blank a name the section's headline (and the Chinese label written from it) names", () => {
    expect(answers.filter((answer) => /OECD|Organization for Economic/.test(answer))).toEqual([]);
  });

  it("never offer other countries' projects from the glossary as wrong choices for a named project", () => {
    const ports = buildQuestionBank(parseDocument(lines.join("\n"), "oecd.txt")).questions.filter((q) => /Port/.test(q.answer));
    expect(ports.flatMap((q) => q.choices)).toEqual([]);
  });

  it("offer only another '-ism' beside '____ and protectionism', and never blank the part that closes a list", () => {
    const unilateral = buildQuestionBank(parseDocument(lines.join("\n"), "oecd.txt")).questions.filter(
      (q) => q.kind === "agreement" && q.answer === "unilateralism",
    );
    for (const choice of unilateral.flatMap((q) => q.choices)) expect(choice).toMatch(/ism$/);
    expect(answers).not.toContain("education and tourism");
  });
});

describe("blanks of a field named by an adjective", () => {
  it("offer only adjectives beside it ('cooperation in ____, economic, trade and financial fields')", () => {
    const lines = [
      "date 2022-02-04 On February 3, 2022, President Li Hao held talks with President Sami Adel of Ecuador in Beijing.",
      "",
      "The two sides agreed to deepen cooperation in political, economic, trade and financial fields.",
      "",
      "China is ready to expand cooperation with Ecuador in areas such as agriculture, energy, infrastructure and tourism.",
      "",
      "Ecuador is willing to strengthen cooperation with China in fields including mining, health, education and aviation.",
    ];
    const blanks = buildQuestionBank(parseDocument(lines.join("\n"), "fields.txt")).questions.filter(
      (q) => q.prompt.en.startsWith("Fill in the blank") && /^(?:political|economic)$/.test(q.answer),
    );
    for (const choice of blanks.flatMap((q) => q.choices)) expect(choice).toMatch(/(?:al|ic|ary|ous)$/);
  });
});

describe("blanks of exchanges between peoples", () => {
  it("never offer one kind of them beside another ('people-to-people exchanges' beside 'youth exchanges')", () => {
    const exchanges = [
      "date 2024-05-10 On May 9, 2024, Chinese Foreign Minister Wang Hao held talks with Chilean Foreign Minister Ana Ruiz in Santiago.",
      "",
      "Wang Hao said China is ready to enhance youth exchanges with Chile to boost mutual understanding between the two peoples.",
    ].join("\n");
    const bank = buildQuestionBank(parseDocument(exchanges, "exchanges.txt"));
    const blanks = bank.questions.filter((q) => q.kind === "agreement" && q.answer === "youth exchanges");
    // Asked only if three wrong choices of another sort remain (here none: it is not asked).
    for (const blank of blanks) {
      expect(blank.choices).not.toEqual(expect.arrayContaining(["people-to-people exchanges"]));
      expect(blank.choices).not.toEqual(expect.arrayContaining(["people-to-people and cultural exchanges"]));
      expect(blank.choices).not.toEqual(expect.arrayContaining(["cultural exchanges"]));
    }
  });
});

describe("blanks in a list of fields", () => {
  it("never blank a field of a list ('cooperation in areas of investment, infrastructure, energy, and ____')", () => {
    const fields = [
      "date 2024-09-04 On Sept. 3, 2024, Chinese Premier Li Hao met with South African President Sami Adel in Beijing.",
      "",
      "Sami Adel said South Africa is ready to deepen mutually beneficial cooperation with China in areas of investment, infrastructure, energy, and agriculture.",
      "",
      "Li Hao said China is ready to strengthen exchanges and cooperation with South Africa in such fields as trade, industrial capacity, poverty reduction, and disaster prevention and mitigation.",
    ].join("\n");
    const bank = buildQuestionBank(parseDocument(fields, "fields.txt"));
    const answers = bank.questions.filter((q) => q.kind === "agreement").map((q) => q.answer);
    for (const field of ["investment", "infrastructure", "energy", "agriculture", "trade", "industrial capacity", "poverty reduction"])
      expect(answers).not.toContain(field);
  });
});

describe("wrong choices that name one body", () => {
  it("never offer 'UN Security Council' beside 'United Nations Security Council'", () => {
    const text = [
      "date 2008-05-25 Russia and China are key to global stability, Russian President Dmitry Orlov said on Saturday in Beijing.",
      "",
      "Russia and China, permanent members of the United Nations Security Council, have a special responsibility for the future of the world, said Orlov.",
      "",
      "Both countries should also strengthen energy cooperation and make full use of the Shanghai Cooperation Organization to achieve the goal, said the president.",
      "",
      "Joint Statement（联合声明）",
      "",
      "As permanent members of the UN Security Council, the two sides agreed to strengthen coordination.",
    ].join("\n");
    const bank = buildQuestionBank(parseDocument(text, "bodies.txt"));
    for (const question of bank.questions) {
      expect(question.choices.includes("UN Security Council") && question.choices.includes("United Nations Security Council")).toBe(false);
    }
  });
});

describe("standing terms", () => {
  const doc = (sentence: string) =>
    parseDocument(
      `date 2024-05-10 On May 9, 2024, Chinese Foreign Minister Wang Hao held talks with Chilean Foreign Minister Ana Ruiz in Santiago.\n\n${sentence}`,
      "terms.txt",
    );
  const blanks = (sentence: string) => buildQuestionBank(doc(sentence)).questions.filter((q) => q.kind === "agreement" && q.prompt.en.startsWith("Fill in"));

  it("are blanked only beside a wrong choice of their own head, which is then shown ('high-level exchanges' among 'youth exchanges' …)", () => {
    // "strengthen ____": political mutual trust and strategic communication fit as well.
    expect(blanks("Wang Hao said China is ready to strengthen practical cooperation with Chile.").map((q) => q.answer)).not.toContain("practical cooperation");
    const [exchanges] = blanks("Wang Hao said China is ready to maintain high-level exchanges with Chile.");
    expect(exchanges?.answer).toBe("high-level exchanges");
    expect(exchanges?.choices.filter((choice) => choice !== exchanges.answer && choice.endsWith(" exchanges")).length).toBeGreaterThan(0);
  });
});
