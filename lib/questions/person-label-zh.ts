import type { GlossaryEntry } from "../glossary/shared-glossary";
import type { DocumentAnalysis } from "./analysis";
import { mainFrame } from "./describe-event";
import { documentVisitor } from "./event-context";

// A foreign person's Chinese name as the document's own section labels print it:
// "Wang Yi Meets with Chief Cabinet Secretary Yoshihide Suga（会见菅义伟）" gives 菅义伟, so a
// Chinese prompt says 王毅会见菅义伟 rather than "会见Yoshihide Suga". Only labels that are an
// encounter with one person (会见X, 见X, 与X会谈, 与X共见记者, X会见王毅) about a section whose
// headline (or, naming no one, whose event) has exactly one person the glossary lacks are
// read. Labels that read one person two ways name no one, unless one rendering is the other
// with its office (尼日利亚外长奥尼亚马 / 奥尼亚马). Typed answers accept these renderings.
// Pure.

const HAN_NAME = "(\\p{Script=Han}[\\p{Script=Han}·]{1,15})";
/** The label's own words around the counterpart: 会见X, 会晤X, 与X会谈, 同X举行会谈, 与X通电话, X会见. */
const ENCOUNTER_LABELS = [
  new RegExp(`^(?:会见|会晤|见|接见)${HAN_NAME}$`, "u"),
  new RegExp(`^(?:与|同)${HAN_NAME}(?:举行)?(?:会谈|会晤|通电话|共见记者|共同会见记者)$`, "u"),
  // Only 会见 here: "…中俄总理定期会晤" ends with the name of a meeting, not a verb.
  new RegExp(`^${HAN_NAME}会见$`, "u"),
];
/** Words of an office in Chinese: a rendering holding one is not a name alone (日本外相茂木敏充). */
const OFFICE_ZH =
  /总统|总理|首相|外长|外相|大臣|部长|议长|主席|国王|女王|王后|王储|亲王|埃米尔|苏丹|总督|秘书长|秘书|书记|委员长|委员|官房长官|大使|领导人|参谋长|陆参|司令|总长|国务卿|副总统|首席部长|顾问|特使|资政|主任|代表|州长|省长|市长|总裁|董事长|行长|总干事|院长|将军|元帅|议员|会长|社长|理事长|总经理|首席执行官|校长/u;

/** "日本首相安倍晋三" → 安倍晋三: the name after the rendering's last office word, if any. */
function afterOffice(rendering: string): string | undefined {
  const offices = [...rendering.matchAll(new RegExp(OFFICE_ZH.source, "gu"))];
  const last = offices[offices.length - 1];
  const rest = last ? rendering.slice(last.index + last[0].length) : "";
  return /^\p{Script=Han}[\p{Script=Han}·]{1,}$/u.test(rest) ? rest : undefined;
}

export type LabelNames = {
  /** English name → the label's Chinese for them, office included where the label has one. */
  people: Map<string, string>;
  /** … only those the label names without an office: a "what office" prompt can use them. */
  namesAlone: Map<string, string>;
};

export function peopleByLabel(document: DocumentAnalysis, glossary: readonly GlossaryEntry[]): LabelNames {
  const known = new Set(glossary.filter((entry) => entry.kind === "person").flatMap((entry) => entry.en));
  const chineseNames = glossary.filter((entry) => entry.kind === "person").map((entry) => entry.zh);
  const found = new Map<string, string[]>();
  const visitor = documentVisitor(document);
  for (const analysis of document.sections) {
    const { section } = analysis;
    if (!section.title || !section.labelZh) continue;
    // The person the headline names; for a headline that names no one ("China, Egypt should
    // …, Chinese premier says"), whom the section's event was with.
    const frame = mainFrame(analysis);
    // "Jia Qinglin Holds Talks with Ethiopian Prime Minister Meles（与埃塞俄比亚总理会谈）": a label
    // of the form 会见X or 与X会谈 names the one met, never the headline's subject before the verb.
    const metForm = /^(?:会见|会晤|见|接见|与|同)/u.test(section.labelZh);
    const named = document
      .find(section.title)
      .filter((mention) => !(metForm && mention.start === 0))
      .map((mention) => mention.person.name);
    // "Liu He held meetings with members of the U.S. Congress（会见美国国会议员）": the visitor
    // is who meets, never the one a 会见X label names.
    const met = frame ? [...frame.subjects, ...frame.objects].map((person) => person.name).filter((name) => !(metForm && name === visitor)) : [];
    const unknown = (names: string[]) => [...new Set(names)].filter((name) => !known.has(name));
    const people = unknown(named).length > 0 ? unknown(named) : unknown(met);
    if (people.length !== 1) continue;
    // "沙特王储会见王毅": the Chinese visitor the label names is not the counterpart.
    // "会见卡尼之一": the part number of a label split over two sections is no part of the name.
    let label = section.labelZh.replace(/之[一二三四五六七八九十]$|[（(][一二三四五六七八九十\d][）)]$|\d+$/u, "");
    for (const zh of chineseNames) if (label.endsWith(`会见${zh}`) || label.startsWith(zh)) label = label.replace(zh, "");
    // "瑞典首相在斯德哥尔摩会见何立峰": where it happened is no part of who met.
    const counterpart = ENCOUNTER_LABELS.map((pattern) => pattern.exec(label)?.[1])
      .find((match) => match !== undefined)
      ?.replace(/(?<=\p{Script=Han}{2})[在于]\p{Script=Han}{2,8}$/u, "");
    // "与埃及总理共同主持中埃总理定期会晤": a mechanism's meeting, not an encounter with one person
    // (but 国会议长, a speaker, holds 会议 only across two words).
    // "与澳大利亚总理举行年度总理会晤": a meeting's name runs into the capture; no one is named.
    if (!counterpart || chineseNames.includes(counterpart) || /共同|主持|出席|定期|年度|举行|机制|对话|论坛|会议$/u.test(counterpart)) continue;
    const name = people[0]!;
    found.set(name, [...(found.get(name) ?? []), counterpart]);
  }
  // "尼日利亚外长奥尼亚马" in one label and "奥尼亚马" in another are one rendering, with and
  // without the office; two that differ otherwise name no one.
  const people = new Map<string, string>();
  const namesAlone = new Map<string, string>();
  for (const [name, renderings] of found) {
    const sorted = [...new Set(renderings)].sort((a, b) => a.length - b.length);
    const shortest = sorted[0]!;
    if (!sorted.every((rendering) => rendering.endsWith(shortest))) continue;
    people.set(name, sorted[sorted.length - 1]!);
    const alone = sorted.find((rendering) => !OFFICE_ZH.test(rendering)) ?? afterOffice(sorted[sorted.length - 1]!);
    if (alone) namesAlone.set(name, alone);
  }
  return { people, namesAlone };
}
