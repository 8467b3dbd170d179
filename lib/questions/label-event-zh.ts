// A section's event in Chinese, read off its label: the label as the event's name, or what
// was attended, chaired or held, as the label says it. Pure.

/**
 * A label that is itself the event's name ("第四次中巴外长战略对话"), not a sentence about it
 * ("出席…", "在…与…", "习近平同秘鲁总统会谈": who held talks with whom is no name to attend;
 * "中吉外长举行首次战略对话": what was held is the name, 首次战略对话).
 */
const EVENT_NAME =
  /^(?!出席|会见|举行|主持|在|与|同|见|向|赴|访)(?!.*(?:出席|会见|主持|参加|举行))(?!.*[同与].*(?:会谈|会晤)$)\p{Script=Han}[\p{Script=Han}、·]*(?:对话|会谈|会晤|论坛|仪式|峰会|磋商|会议|典礼|开幕式|闭幕式)$/u;

/**
 * The section's event in Chinese: by name when the label is one, or as what was attended.
 * Otherwise none: 「在罗马尼亚议会宫发表演讲」一节所述的活动 points the learner at a section
 * label (examiners found it machine-made, and at times about another of the section's events).
 */
export function sectionEvent(label: string, held = false): string | null {
  if (EVENT_NAME.test(label)) return `“${label}”`;
  return attendedIn(label, held);
}

/** "习近平出席沙特王储举行的欢迎仪式", "…出席…开幕式并致辞", "…共同主持…首次会议", "出席第三次“中国＋中亚五国”外长会晤": what was attended is the event, said as the label says it. */
export function attendedIn(label: string, held = false): string | null {
  // "胡锦涛离开韩国赴日本出席亚太经合组织会议": the next stop's gathering, not the one the section dates.
  if (/赴\p{Script=Han}{0,10}(?:出席|参加)/u.test(label)) return null;
  // "李强主持中俄总理第三十次定期会晤": a mechanism of two countries' leaders, chaired or
  // attended, is named with them ("第三十次定期会晤" alone says whose it was to no one); held
  // with the counterpart the prompt names ("与吉尔吉斯斯坦外长举行首次战略对话"), it needs no more.
  const mechanism = new RegExp(`^(中\\p{Script=Han}(?:两国)?(?:总理|外长|领导人|元首|总统))举行(${HELD})$`, "u").exec(label);
  if (mechanism && !held) return `${mechanism[1]}${mechanism[2]}`;
  return (
    new RegExp(`(?:出席|参加|主持|举行|召开)(${HELD})(?:并(?:致辞|讲话|发表讲话|发表演讲|致开幕辞))?$`, "u").exec(label)?.[1] ??
    // "在核安全峰会上提出五点主张": what was said there names the gathering.
    new RegExp(`^在(${HELD})上`, "u").exec(label)?.[1] ??
    null
  );
}

/** A gathering as a label names it: "第四轮中德政府磋商", "沙特王储举行的欢迎仪式". */
const HELD =
  "[\\p{Script=Han}“][\\p{Script=Han}\\d“”＋+、·—-]*(?:仪式|典礼|开幕式|闭幕式|活动|宴会|晚宴|午宴|招待会|论坛|峰会|会议|会晤|对话|磋商|座谈会|研讨会|恳谈会|见面会|交流会|圆桌会|外长会|部长会)";
