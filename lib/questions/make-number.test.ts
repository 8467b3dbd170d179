import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { buildQuestionBank } from "./build-question-bank";
import { numberQuestions } from "./make-number";
import { numbersIn, ordinalRun } from "./number-choices";

const numbersOf = (lines: string[]) => {
  const analysis = analyseDocument(parseDocument(lines.join("\n"), "numbers.txt"));
  return analysis.sections.flatMap((section) => numberQuestions(section, analysis)).map((draft) => draft.answer);
};

describe("numberQuestions", () => {
  it("asks no number that places someone in a photo", () => {
    expect(numbersOf(["date 2021-07-18 Wang Hao (3rd L) meets Sami Adel (3rd R) in Damascus, on July 17, 2021."])).toEqual([]);
    expect(numbersOf(["date 2006-10-09 Prime Minister Ken Sato (2nd from L) arrives at the airport in Beijing, October 8, 2006."])).toEqual([]);
  });

  it("asks no ordinal the sentence counts, and no year joined to another ('in ____ and 2011')", () => {
    expect(numbersOf(["date 2013-03-23 The Tourism Year is the third theme year following the National Year and the Year of Language."])).toEqual([]);
    expect(numbersOf(["date 2009-09-25 The Lima Summit is the third of its kind following the previous two gatherings in Paris and Rome."])).toEqual([]);
    expect(numbersOf(["date 2011-11-30 Ana Ruiz served as Chairman of the Southern Council in 2010 and 2011."])).toEqual([]);
    expect(numbersOf(["date 2011-11-30 Ana Ruiz served as Chairman of the Southern Council in 2010."])).toEqual(["2010"]);
  });

  it("dates the ordinal of a five-year plan: each five years have their own", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2025-11-20 Li Hao met Ana Ruiz in Lima on Thursday. Li Hao said that the tasks outlined in China's 15th Five-Year Plan will be successfully achieved during the set term.",
        "numbers.txt",
      ),
    );
    const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(draft?.prompt.en).toContain("said in 2025");
  });

  it("asks no one's age, and quotes no caption's place in the photo ('(C, front)')", () => {
    expect(numbersOf(["date 2008-01-15 Hours after landing, the 76-year-old leader visited the Olympic Park in Beijing with Li Hao."])).toEqual([]);
    expect(numbersOf(["date 2008-01-15 Prime Minister Ken Sato, 76 years old, met Li Hao in Beijing on Monday."])).toEqual([]);
    const analysis = analyseDocument(
      parseDocument(
        "date 2010-07-20 Li Hao (C, front) addresses the third World Conference of Speakers of Parliament in Geneva, July 19, 2010.",
        "numbers.txt",
      ),
    );
    const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(draft?.answer).toBe("third");
    expect(draft?.prompt.en).not.toContain("(C, front)");
  });

  it("cuts a long sentence at a clause's end, never inside what the clause names", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2025-06-20 Under the strategic guidance of the leaders of both countries, China-Chile relations have maintained positive momentum, Li Hao said, adding that in 2023, the leaders of the two countries announced the establishment of an all-round high-quality future-oriented partnership between China and Chile, which provides direction for the development of bilateral relations in the new era.",
        "numbers.txt",
      ),
    );
    const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(draft?.answer).toBe("2023");
    expect(draft?.prompt.en).toContain("an all-round high-quality future-oriented partnership between China and Chile, …");
  });

  it("asks no ordinal the sentence names in other words ('the ____ in the world, next only to Japan')", () => {
    expect(
      numbersOf([
        "date 2016-04-09 Switzerland has been one of the most innovative countries with its per capita patents ranking the second in the world, next only to Japan.",
      ]),
    ).toEqual([]);
  });

  it("dates the ordinal of a decade entered: each decade has its own", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2007-08-02 On July 31, 2007, Foreign Minister Li Hao met Ana Ruiz in Manila. Li Hao said China and Chile have entered the second decade of cooperation.",
        "numbers.txt",
      ),
    );
    const drafts = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    const draft = drafts.find((candidate) => candidate.answer === "second");
    expect(draft).toBeDefined();
    expect(draft!.prompt.en).toContain("said in 2007");
  });

  it("never ends a cut quote on 'next' without its 'year'", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2023-11-24\nChinese premier meets French FM（李浩会见法国外长）\n\nBEIJING, Nov. 24 (Xinhua) -- Chinese Premier Li Hao met on Friday with French Foreign Minister Anne Dupont in Beijing.\n\nChina stands ready to work with France to implement the important consensus reached by the two heads of state and take the opportunity of the 60th anniversary of the establishment of diplomatic relations between France and China next year to build more stable and vibrant China-France relations, Li Hao said.",
        "numbers.txt",
      ),
    );
    const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(draft?.answer).toBe("60th");
    expect(draft?.prompt.en).toContain("next year");
  });

  it("asks no day of a month for a count ('WAM - 10th Oct, 2020')", () => {
    expect(numbersOf(["date 2020-10-11 ABU DHABI, (WAM - 10th Oct, 2020) The Crown Prince has received a message from President Li Hao."])).toEqual([]);
  });

  it("asks no anniversary of the People's Republic (the year's arithmetic)", () => {
    expect(
      numbersOf([
        "date 2020-10-11 ABU DHABI, Oct. 10 (WAM) -- Crown Prince Sami Adel received Chinese envoy Li Hao on Saturday and conveyed the congratulations of the UAE to China on the occasion of the 71st anniversary of the founding of the People's Republic of China.",
      ]),
    ).toEqual([]);
  });

  it("asks no sum a learner does from the year and what every reader knows", () => {
    // A country's victory in the war of 1945, the People‘s Republic with a misprinted apostrophe,
    // the years of reform and opening (1978), and which World War.
    expect(
      numbersOf(["date 2010-05-09 Li Hao joined other leaders in celebrations marking the 65th anniversary of Russia's victory in the Great Patriotic War."]),
    ).toEqual([]);
    expect(numbersOf(["date 2010-02-06 China just celebrated the 60th anniversary of the founding of the People‘s Republic of China, Li Hao said."])).toEqual(
      [],
    );
    expect(numbersOf(["date 2010-02-06 Since launching reform and opening up 30 years ago, China has grown fast, Li Hao said in Munich."])).toEqual([]);
    expect(
      numbersOf([
        "date 2010-02-06 The past 30 years, in particular, have witnessed great achievements in China, thanks to the policy of reform and opening up.",
      ]),
    ).toEqual([]);
    expect(numbersOf(["date 2010-05-09 About 3,000 veterans of the Second World War attended the celebrations in Moscow."])).toEqual([]);
    expect(numbersOf(["date 2019-01-23 They spoke of trade, climate change and the Fourth Industrial Revolution, Li Hao said in Geneva."])).toEqual([]);
    // Another span beside the policy, in another clause, is the visit's own.
    expect(
      numbersOf([
        "date 2024-05-10",
        "Li Hao meets Hungarian President（会见匈牙利总统）",
        "",
        "On May 9, 2024, Chinese President Li Hao met with Hungarian President Ana Ruiz in Budapest.",
        "",
        "Li Hao said that he was deeply impressed by Hungary's development over the past 15 years, adding that exchanges have contributed to China's reform and opening-up.",
      ]),
    ).toEqual(["15"]);
  });

  it("asks no years of ties where the document says the year they began: one fact, asked by its year", () => {
    const lines = (count: string) => [
      "date 2009-02-15",
      "Li Hao holds talks with Tanzanian president（与坦桑尼亚总统会谈）",
      "",
      "On February 14, 2009, President Li Hao held talks with President Omar Farid in Dar es Salaam.",
      "",
      "China-Tanzania ties have developed smoothly since the two countries forged diplomatic ties in 1964, Li said.",
      "",
      `Li and Farid reviewed ${count} years of friendship that had withstood the changes of time.`,
    ];
    expect(numbersOf(lines("45"))).toEqual(["1964"]);
    expect(numbersOf(lines("40"))).toEqual(["1964", "40"]);
  });

  it("dates the ordinal of another country's plan ('the ____ Malaysia Plan'), as of China's five-year plans", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2025-10-29 Li Hao met Ana Ruiz in Kuala Lumpur on October 28, 2025. Li said that China is ready to strengthen alignment with the 13th Malaysia Plan.",
        "numbers.txt",
      ),
    );
    const drafts = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(drafts.find((draft) => draft.answer === "13th")?.prompt.en).toContain("said in 2025");
  });

  it("dates the ordinal of a recurring dialogue, forum or meeting: each year has its own", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2025-05-10 Vice Premier Li Hao met Ana Ruiz in Geneva on May 9, 2025. Li Hao will then visit France to co-chair the 10th China-France High-Level Economic and Financial Dialogue.",
        "numbers.txt",
      ),
    );
    const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(draft?.answer).toBe("10th");
    expect(draft?.prompt.en).toContain("(said in 2025)");
  });

  it("asks no stock '5,000 years of Chinese civilization', and no ordinal the sentence counts off by name", () => {
    expect(numbersOf(["date 2009-10-09 Even so, this is still just a glimpse at 5,000 years of Chinese civilization, Li Hao said in Brussels."])).toEqual([]);
    expect(
      numbersOf([
        "date 2009-10-21 Romania was the third nation in the world to forge diplomatic ties with the People’s Republic of China following the Soviet Union and Bulgaria.",
      ]),
    ).toEqual([]);
  });

  it("asks no year of the financial crisis, and no leg of a tour the sentence has 'also taken him' on", () => {
    expect(numbersOf(["date 2011-06-25 Hungary has also been severely hit by the financial crisis since 2008, Li Hao said in Budapest."])).toEqual([]);
    expect(
      numbersOf(["date 2013-04-13 China is the second leg of Li Hao's four-day east Asia tour, which has also taken him to the Republic of Korea."]),
    ).toEqual([]);
  });

  it("dates a ranking ('the ____ largest trade partner'): each year has its own", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2016-06-02 Li Hao met Ana Ruiz in Ottawa on June 1, 2016. At present, China has become the second largest trade partner of Canada.",
        "numbers.txt",
      ),
    );
    const drafts = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(drafts.find((draft) => draft.answer === "second")?.prompt.en).toContain("said in 2016");
  });

  it("asks no count of 'these' years, which the sentence before says", () => {
    expect(numbersOf(["date 2010-02-06 In these 60 years, we have found a new development path through long exploration in Munich."])).toEqual([]);
  });

  it("asks no window of a statistic ('in the first 10 months of 1999')", () => {
    expect(
      numbersOf(["date 2000-01-14 AFP reported that trade stood at US $3.84 million in 1998 but at US $4.86 million in the first 10 months of 1999."]),
    ).not.toContain("10");
  });

  it("asks no anniversary of the victory of 1945 or of the United Nations, which '(said in 2015)' turns into a sum", () => {
    expect(
      numbersOf([
        "date 2015-05-09 Noting that this year marks the 70th anniversary of the victory of the WWII, President Li Hao said China and Russia should safeguard the outcome.",
      ]),
    ).toEqual([]);
    expect(
      numbersOf(["date 2025-02-14 Li Hao said this year marks the 80th anniversary of the founding of the United Nations in Beijing on Thursday."]),
    ).toEqual([]);
  });

  it("asks no number that would leave two blanks for one answer ('the ____ China-Arab States Summit and the ____ China-GCC Summit')", () => {
    expect(
      numbersOf([
        "date 2025-12-16 Wang Hao said that China supports Saudi Arabia in hosting the second China-Arab States Summit and the second China-GCC Summit in 2026 in Riyadh on Monday.",
      ]),
    ).not.toContain("second");
  });

  it("asks no count a list after it counts ('APEC currently has ____ members: Australia, Brunei, …')", () => {
    expect(
      numbersOf(["date 2007-09-08 The forum currently has 6 members: Australia, Brunei, Canada, Chile, China and Japan, Li Hao said in Sydney on Friday."]),
    ).not.toContain("6");
  });

  it("asks no ordinal joined to another ('the ____ and third sessions')", () => {
    expect(numbersOf(["date 2025-11-24 Premier Li Hao attended the second and third sessions of the summit in Lusaka on Sunday."])).toEqual([]);
    expect(numbersOf(["date 2025-11-24 Premier Li Hao attended the second session of the summit in Lusaka on Sunday."])).toEqual(["second"]);
  });

  it("asks no Party congress's number, which the choices after the last one held give away", () => {
    expect(
      numbersOf(["date 2022-11-03 Xi Hao said Sami Adel is the first leader to visit China after the 20th National Congress of the Communist Party of China."]),
    ).toEqual([]);
    expect(numbersOf(["date 2022-11-03 Hun Sen wished the 20th CPC National Congress a complete success."])).toEqual([]);
  });

  it("asks no number of a sentence that names no one and no event ('We are now into our ____ year')", () => {
    expect(numbersOf(["date 2008-02-05", "", "We are now into our 36th year of diplomatic recognition."])).toEqual([]);
    expect(numbersOf(["date 2008-02-05", "", "Australia and China are now into the 36th year of diplomatic recognition."])).toEqual(["36th"]);
  });

  it("offers no leg past a tour's count, and asks none the sentence counts off ('which also took him to …')", () => {
    const lines = ["date 2008-01-20 The DRC was the second leg of Yang Hao's four-nation tour to Africa, which includes South Africa, Burundi and Ethiopia."];
    const legs = buildQuestionBank(parseDocument(lines.join("\n"), "legs.txt")).questions.filter((q) => q.kind === "number");
    expect(legs.flatMap((q) => q.choices)).not.toContain("fifth");
    expect(numbersOf(["date 2006-05-24 Greece is the third leg of Wu Hao's four-nation tour, which also took him to Romania and Moldova."])).toEqual([]);
    expect(
      numbersOf([
        "date 2001-05-16 Li arrived here Monday to visit Nepal, the second leg of his five-nation tour, which had taken him to Laos and will lead him to Fiji and Peru.",
      ]),
    ).toEqual([]);
  });

  it("says the year a yearly meeting's number was said in ('the ____ session of the Conference of the Parties')", () => {
    const lines = [
      "date 2024-11-14 Vice Premier Ding Hao attended the 29th session of the Conference of the Parties in Baku on Wednesday.",
      "",
      '"The fifth round of the dialogue has achieved tangible results," Ding Hao said at the closing session.',
    ];
    const prompts = buildQuestionBank(parseDocument(lines.join("\n"), "sessions.txt"))
      .questions.filter((q) => q.kind === "number")
      .map((q) => q.prompt.en);
    expect(prompts.length).toBe(2);
    for (const prompt of prompts) expect(prompt).toContain("said in 2024");
  });

  it("offers the wrong values nearest the answer, so it never stands apart from their run", () => {
    for (const count of ["12", "14", "16", "18"]) {
      const document = parseDocument(
        `date 2004-11-30 In Vientiane, Premier Wen Hao and President Sami Adel witnessed the signing of ${count} agreements.`,
        "run.txt",
      );
      const question = buildQuestionBank(document).questions.find((found) => found.kind === "number" && found.answer === count);
      const values = (question?.choices ?? []).map(Number).sort((a, b) => a - b);
      expect(values).toHaveLength(4);
      const gaps = values.slice(1).map((value, i) => value - values[i]!);
      expect(new Set(gaps).size).toBe(1);
    }
  });

  it("asks no half or quarter of a year ('the ____ half of last year')", () => {
    expect(numbersOf(["date 2016-03-28 Vice Premier Li Hao said trade grew in the second half of last year in Cairo on Sunday."])).toEqual([]);
  });

  it("asks no leg of a tour that the document counts two ways", () => {
    const lines = [
      "date 2009-02-14 Wang Hao Arrives in Bamako（抵达巴马科）",
      "",
      "Wang Hao arrived in Mali, the second leg of his tour, and held talks with Sami Adel.",
      "",
      "Wang Hao Opens a Bridge（出席大桥奠基仪式）",
      "",
      "Wang Hao arrived in Bamako on Thursday on the third leg of his tour.",
    ];
    expect(numbersOf(lines)).toEqual([]);
    expect(numbersOf(lines.slice(0, 3))).toEqual(["second"]);
  });

  it("asks no approximate head count, and no number of an 'it' the sentence before names", () => {
    expect(numbersOf(["date 2008-09-26 Representatives of some 150 countries attended the meeting in New York on Sept. 25."])).toEqual([]);
    expect(numbersOf(["date 2018-09-29 It has, over the past 70 years or more, brought about general peace and rapid development."])).toEqual([]);
    expect(numbersOf(["date 2018-09-29 It is the first visit to Brazil by a Chinese premier in 11 years."])).toEqual(["11"]);
  });

  it("says the year of an anniversary and of a legislature's term, and asks none the sentence spells out", () => {
    const analysis = analyseDocument(
      parseDocument(
        [
          "date 2024-07-11 Li Hao Meets Anna Berg（会见总统）",
          "",
          "On July 10, 2024, Li Hao met Anna Berg in Beijing. The Chinese side congratulated the Bangladesh side on holding the election of the 12th National Parliament.",
          "",
          "Xi said that after three-quarters of a century, ties have never been closer, as this year marks the 75th anniversary of diplomatic ties between China and Slovakia.",
        ].join("\n"),
        "numbers.txt",
      ),
    );
    const asked = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(asked.map((draft) => [draft.answer, draft.prompt.en.includes("said in 2024")])).toEqual([["12th", true]]);
  });

  it("blanks a number once, the quote ending before its second mention", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2023-05-07 Asked about the upcoming fifth Trilateral Talks, Li Hao said that the fifth Trilateral Talks are a chance for all three.",
        "numbers.txt",
      ),
    );
    const [question] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(question?.prompt.en).toBe("Fill in the missing ordinal: “Asked about the upcoming ____ Trilateral Talks, …”");
  });

  it("says when words counted from their own day were said, and asks a distance beside its conversion not at all", () => {
    const analysis = analyseDocument(
      parseDocument(
        [
          "date 2006-06-22 Wang Hao Visits Accra（访问阿克拉）",
          "",
          "Wang Hao said on Tuesday that trade between the two countries totalled 769 million dollars last year.",
          "",
          "Wang Hao landed at the airport, 47 km (29 miles) from the capital.",
        ].join("\n"),
        "numbers.txt",
      ),
    );
    const drafts = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
    expect(drafts.map((draft) => draft.answer)).toEqual(["769"]);
    expect(drafts[0]!.prompt.en).toContain("said in 2006");
    expect(drafts[0]!.prompt.zh).toContain("2006年的说法");
  });
});

describe("ordinal choices", () => {
  it("make a run of four with the answer, never one with a gap beside it ('13th' among 9th, 10th, 11th)", () => {
    const rank = (text: string) => Number.parseInt(text, 10);
    const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));
    for (let n = 3; n <= 40; n++) {
      const analysis = analyseDocument(
        parseDocument(
          `date 2023-07-26 Li Hao attended the ${n}${suffix(n)} Meeting of the Joint Committee of the two countries in Nairobi on Tuesday.`,
          "run.txt",
        ),
      );
      const [draft] = analysis.sections.flatMap((section) => numberQuestions(section, analysis));
      const ranks = [...draft!.pool, draft!.answer].map(rank).sort((a, b) => a - b);
      expect(ranks.slice(1).map((value, i) => value - ranks[i]!)).toEqual([1, 1, 1]);
    }
  });

  it("place the answer in the run by its sentence, not by the answer alone", () => {
    const near = ["second", "third", "fifth", "sixth", "seventh"];
    const lowest = (salt: string) => !ordinalRun("fourth", near, salt).some((other) => ["second", "third"].includes(other));
    const places = new Set(Array.from({ length: 20 }, (_, i) => lowest(`sentence ${i}`)));
    expect([...places].sort()).toEqual([false, true]);
  });
});

describe("quotedSentence", () => {
  it("leaves no quotation mark unpaired by the cut", async () => {
    const { quotedSentence } = await import("./render");
    expect(quotedSentence('"We hope … enhance ____ …')).toBe("“We hope … enhance ____ …”");
    expect(quotedSentence("He said “we hope” to enhance ____.")).toBe("“He said “we hope” to enhance ____.”");
  });
});

describe("wrong numbers the world rules out", () => {
  it("never make ties with the People's Republic older than 1949", () => {
    const [anniversary] = numbersIn("The two countries celebrate the 40th anniversary of the establishment of diplomatic relations this year.", 2010);
    expect(anniversary?.near.every((near) => parseInt(near, 10) <= 61)).toBe(true);
    const [years] = numbersIn("Since the two countries established diplomatic ties 41 years ago, they have supported each other.", 2016);
    expect(years?.near.every((near) => Number(near) <= 67)).toBe(true);
  });

  it("step an anniversary's run around another the sentence names, leaving no gap beside the answer", () => {
    const sentence = "Next year marks the 25th anniversary of the Treaty of Friendship, as well as the 30th anniversary of the partnership.";
    const [treaty] = numbersIn(sentence, 2025);
    expect(treaty?.text).toBe("25th");
    expect(treaty?.near).not.toContain("30th");
    const values = [...treaty!.near, "25th"].map((near) => parseInt(near, 10)).sort((a, b) => a - b);
    expect(values.every((value, i) => i === 0 || value - values[i - 1]! === 5)).toBe(true);
  });

  it("give an anniversary of the Belt and Road, named after another thing of 2013, no more years than since, and never fewer than one", () => {
    const sentence =
      "This year marks the 20th anniversary of the strategic partnership and the 10th anniversary of building a closer community with a shared future and the Belt and Road Initiative.";
    const tenth = numbersIn(sentence, 2023).find((found) => found.text === "10th");
    expect(tenth).toBeDefined();
    expect(tenth!.near.map((near) => parseInt(near, 10)).every((value) => value >= 1 && value <= 10)).toBe(true);
  });

  it("give an anniversary of joining the Belt and Road no more years than since 2013", () => {
    const sentence = "This year marks the 35th anniversary of diplomatic ties, and the fifth anniversary of Uruguay's joining in the Belt and Road Initiative.";
    const fifth = numbersIn(sentence, 2023).find((found) => found.text === "fifth");
    expect(fifth?.near).not.toContain("fifteenth");
    expect(fifth?.near).not.toContain("twentieth");
    const ties = numbersIn("China will take the 50th anniversary of diplomatic ties as an opportunity to deepen Belt and Road cooperation.", 2024)[0];
    expect(ties?.near).toContain("40th");
  });

  it("keep a multiple of five among multiples of five ('US$15 million' among 13, 17 and 19 stood out)", () => {
    const [aid] = numbersIn("China will provide US$15 million in aid to Afghanistan this year.", 2004);
    expect(aid?.near.every((near) => Number(near) % 5 === 0)).toBe(true);
    const [agreements] = numbersIn("The two sides signed 12 agreements.", 2004);
    expect(agreements?.near.some((near) => Number(near) % 5 !== 0)).toBe(true);
  });

  it("keep a year on its side of the year of writing and of the sentence's other years", () => {
    const past = numbersIn("The two countries traded goods worth 160 billion dollars in 2007, official figures show.", 2008)[0];
    expect(past?.near.every((near) => Number(near) < 2008)).toBe(true);
    const target = numbersIn("China planned to double its trade with France by 2015.", 2010)[0];
    expect(target?.near.every((near) => Number(near) > 2010)).toBe(true);
    const before = numbersIn("The previous two naval exercises were held in 2012 and 2013.", 2014).find((found) => found.text === "2012");
    expect(before?.near.every((near) => Number(near) < 2013)).toBe(true);
  });

  it("put a year gone by among its neighbours a year apart, a round target among round years", () => {
    const past = numbersIn("Standing at this podium back in 2015, President Li Hao called for a new partnership.", 2018)[0];
    expect(past?.near.every((near) => Math.abs(Number(near) - 2015) <= 4)).toBe(true);
    const target = numbersIn("Both sides aim at carbon neutrality by 2060.", 2021)[0];
    expect(target?.near.every((near) => Number(near) % 5 === 0)).toBe(true);
    // A near target bounded by the year of writing: a round year on either side, not only after.
    const near = numbersIn("The ministers adopted a plan of action to implement the vision by 2020.", 2010)[0];
    expect(near?.near).toContain("2015");
    const next = numbersIn("Both sides welcomed the declaration of 2025 as Visit Nepal Year.", 2024)[0];
    expect(next?.near.every((other) => Math.abs(Number(other) - 2025) <= 4)).toBe(true);
  });

  it("tell the years of diplomatic ties in fives, not in tens a young country's ties rule out", () => {
    const ties = numbersIn("Since the two countries established diplomatic ties 20 years ago, relations have grown.", 2012)[0];
    expect(ties?.near.some((near) => Number(near) % 10 === 5)).toBe(true);
  });

  it("keep the answer's last digit among its neighbours ('47 years' among 32, 42, 52 is the odd one)", () => {
    const found = numbersIn("The two countries established diplomatic relations 47 years ago.", 2018)[0];
    expect(found?.near.every((near) => near.endsWith("7"))).toBe(true);
  });

  it("ask no decimal, whose last digit is rote", () => {
    expect(numbersIn("Trade hit 2.83 billion dollars in 2005.", 2006).find((found) => found.text === "2.83")?.near).toEqual([]);
  });
});

describe("spelled-out anniversaries", () => {
  it("keep a round anniversary among round ones ('the tenth anniversary' among fifth, fifteenth, twentieth)", () => {
    const [found] = numbersIn("The year 2006 marks the tenth anniversary of the strategic partnership between the two countries.", 2006);
    expect(found?.text).toBe("tenth");
    expect(found?.near.length).toBeGreaterThanOrEqual(3);
    for (const near of found!.near) expect(["fifth", "fifteenth", "twentieth"]).toContain(near);
  });
});
