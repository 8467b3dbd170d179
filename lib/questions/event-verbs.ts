import type { EventVerb } from "./events";

// How releases word each kind of event, as regular expressions (events.ts reads them): "met
// with", "held talks with", "had a phone call with", "co-chaired", "witnessed the signing" …
// Order matters: the first alternative that matches at a position wins.

/** "… received Xi at Orly Airport": a welcome on arrival, no meeting. */
const AT_AIRPORT = "\\bat\\s+(?:the\\s+)?(?:[A-Z][\\w'-]*\\s+){0,3}[Aa]irport\\b";

export const VERBS: [EventVerb, string][] = [
  [
    "press",
    // "A and B made the announcement at a press conference following their meeting".
    "(?:jointly\\s+)?(?:met|meets|meet|meeting)\\s+(?:the\\s+)?(?:press|reporters|journalists)|(?:held|holds)\\s+a\\s+(?:joint\\s+)?press\\s+conference|(?:made|make|makes)\\s+the\\s+announcement\\s+at\\s+a\\s+(?:joint\\s+)?press\\s+conference",
  ],
  [
    "phone",
    // "Wang made the remarks in a phone conversation with President Cyril Ramaphosa".
    "(?:held|holds|had|has)\\s+(?:a\\s+)?(?:phone\\s+call|phone\\s+conversation|phone\\s+talks|telephone\\s+conversation|video\\s+call)\\s+with|spoke\\s+(?:by\\s+phone|on\\s+the\\s+phone)\\s+with|took\\s+a\\s+(?:phone|telephone)\\s+call\\s+from|(?:[Ii]n|[Dd]uring)\\s+(?:a|the|his|her|their)\\s+(?:phone|telephone)\\s+(?:call|conversation|talks)\\s+with",
  ],
  [
    "talks",
    // "held long talks with", "held in-depth talks with": a word or two may qualify the talks.
    // "held a talk with", "In a talk with visiting … Kevin Rudd, Premier Wen …": the singular.
    // "A and B had friendly exchanges": the talks of a less formal day.
    // "A and B jointly hosted a diplomatic strategic dialogue": their talks.
    "(?:held|holds|hold|holding|had|has|having)\\s+(?:(?:[a-z]+-)?[a-z]+\\s+){0,2}(?:talks|a\\s+talk|a\\s+dialogue)(?:\\s+with)?|(?:had|has|have)\\s+(?:[a-z]+\\s+)?exchanges(?:\\s+with)?|talked\\s+with|talking\\s+with|(?:held|holds|hosted|hosts)\\s+a\\s+(?:[a-z-]+\\s+){1,3}dialogue(?:\\s+with)?|(?:[Ii]n|[Dd]uring|[Aa]t)\\s+(?:(?:his|her|their|the)\\s+)?talks\\s+with|(?:[Ii]n|[Dd]uring)\\s+a\\s+talk\\s+with|exchanged\\s+views(?:\\s+with)?",
  ],
  [
    "meet",
    // "had a meeting with Merkel inside a garden": a meeting, not the talks of the next day.
    // "Pak Ui Chun told Chinese Foreign Minister Yang Jiechi here on Thursday that …": they met.
    // "held a heads-of-delegation meeting of the Steering Committee for … with Minh": a meeting.
    // "The initiatives proposed by President Xi have received wide support": no reception.
    // "Xi made the remarks in a brief exchange with U.S. Vice President Kamala Harris": they met.
    // "… was made during meetings between visiting President B and C and D, respectively": they met.
    // "A hosted B" received B; "A hosted the Seventh China-EU Summit with B" held a summit (hold),
    // and "hosted a dinner" is a welcome (greet), neither a meeting of the two.
    "(?:met|meets)(?:\\s+with)?|(?:held|holds|had|has)\\s+a\\s+(?:[a-z-]+\\s+)?meeting\\s+(?:of\\s+(?:the\\s+)?[A-Z][^,.;()]{2,90}?\\s+)?with|(?:during\\s+(?:a|the|his|her|their)\\s+)?meeting\\s+with|(?:received|receives)(?![^.;]{0,60}?" +
      AT_AIRPORT +
      ")(?!\\s+(?:a|an|the|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:message|letter|note|call|invitation|award|medal|gift|copy|report|credential)s?\\b)(?!\\s+(?:[\\w-]+\\s+){0,2}(?:support|praise|applause|attention|assistance|recognition|acclaim|appreciation|response|interview|investment|aid|training|treatment)\\b)|(?:hosted|hosts)(?!\\s+(?:the|a|an)\\s+(?!visiting\\b))|told(?=\\s+(?:visiting\\s+)?[A-Z][\\w-]*\\s+[A-Z][^.,;]*?\\s+(?:here|in\\s+[A-Z]|on\\s+[A-Z][a-z]+day|during)\\b)|(?:(?:[Ii]n|[Dd]uring)\\s+(?:a|the|his|her|their)|had\\s+a|has\\s+a)\\s+(?:brief\\s+|short\\s+)?exchange\\s+with|(?:[Ii]n|[Dd]uring|[Aa]t)\\s+(?:the\\s+|their\\s+|separate\\s+)?meetings?\\s+between|called\\s+on|calls\\s+on|paid\\s+a\\s+courtesy\\s+call\\s+(?:to|on)|(?:shakes|shake|shook|shaking)\\s+hands\\s+with",
  ],
  // "Speaker … Bronwyn Bishop of Australia presided.": she chaired the sitting the sentence before names.
  ["chair", "co-chair(?:ed|s|ing)|chair(?:ed|s|ing)|presided\\s+over|presides\\s+over|presiding\\s+over|presided(?=\\s*[.;])"],
  ["hold", "(?:held|holds|hold|hosted|hosts)(?=\\s+the\\s)"],
  // Xinhua: "Li made the remarks during the … Meeting with Australian Prime Minister …".
  ["remarks", "made\\s+the\\s+remarks\\s+(?:during|at|when|while|on)"],
  // "arrived Wednesday for …", "arrived on Monday in …".
  // "Xi Jinping left Beijing on Tuesday for …": a departure is the section's event as an arrival is.
  [
    "arrive",
    "(?:arrived|arrives|arrive)\\s+(?:in|at|here|by|aboard|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)|(?:left|leaves)\\s+[A-Z][a-z]+(?=\\s+(?:on\\s+\\w+day\\s+)?for\\b)",
  ],
  // "A and B agreed to …": both were there to agree. "…, A and B announced on Thursday": both
  // announced it together (one person announcing is often a spokesperson, far from the event).
  // "Hu and Harper signed the Approved Destination Status agreement": both were there to sign
  // (unless the sentence names the talks or meeting they signed it at, which is the event).
  [
    "agree",
    "agreed\\s+(?:to|that|on)|announced(?=\\s+(?:on|here|in|at|that|jointly|\\w+day)\\b)|signed(?=\\s+(?:the|a|an)\\s)(?![^.]*\\b(?:talks|meeting|met)\\b)",
  ],
  // "… were warmly welcomed by Argentine Foreign Minister B": B was there; "was received at the
  // airport by B" is a welcome too, not the meeting "received by President B" is.
  // "… held a banquet at the Great Hall of the People, welcoming B" or "held a welcoming
  // ceremony for B" or "hosted a ceremony on Thursday to welcome B": the host and the guest;
  // "X entered the lecture hall, accompanied by B": B was there; "The signing ceremony was
  // witnessed by A and B": so were they.
  [
    "greet",
    `(?:received|receives)(?=[^.;]{0,60}?${AT_AIRPORT})|` +
      "(?:is|was|are|were)\\s+(?:warmly\\s+)?(?:greeted|welcomed|(?:jointly\\s+)?witnessed)(?:\\s+at\\s+the\\s+(?:airport|station|palace|square))?\\s+by|(?:is|was|are|were)\\s+(?:warmly\\s+)?received\\s+at\\s+the\\s+(?:airport|station)\\s+by|(?:statement|declaration|communique|agreement)\\s+signed\\s+(?:\\w+day\\s+)?by|(?:warmly\\s+)?welcomed(?=\\s+(?:[A-Z]|the\\s+visiting))|[Aa]lso\\s+(?:participating|present)\\s+were|greeted|[Aa]ccompanied\\s+by|(?:held|holds|hosted|hosts|gave|gives)\\s+a\\s+(?:grand\\s+|state\\s+|welcome\\s+|welcoming\\s+)?(?:banquet|dinner|luncheon)|(?:held|holds|hold|hosted|hosts|host)\\s+a\\s+(?:grand\\s+)?(?:welcome|welcoming)\\s+ceremony|(?:held|holds|hosted|hosts)\\s+a\\s+ceremony(?=\\s+(?:on\\s+\\w+day\\s+)?to\\s+welcome\\b)",
  ],
  ["award", "(?:personally\\s+)?(?:awarded|awards|presented)(?=\\s+(?:the|a)\\s)"],
  // "Xi Jinping (left) and Czech President Milos Zeman (right) attend the …": a caption's plural.
  // "A, B and C pose for a group photo during a meeting of …", "A, B and C (L-R) shake hands
  // after signing an agreement": all were at it.
  [
    "attend",
    "attend(?:ed|s|ing)?|pose(?:d|s)?\\s+for\\s+a\\s+(?:group\\s+|family\\s+)?photo|(?:shake|shook)\\s+hands(?=\\s+(?:after|before|during|at|as|on)\\b)",
  ],
  // "Xi and his wife, accompanied by Prime Minister B and his wife, visited the Piraeus Port":
  // everyone named before the verb toured the site together. Only "the …" or "a …" (a port, a
  // cemetery), never "visited China", which is as often a visit of years past as this one.
  // "Li and his Serbian counterpart Vucic inaugurated the bridge": so did both.
  ["visit", "(?:visited|toured|inaugurated|unveiled)(?=\\s+(?:the|a|an)\\s)"],
  // Photo captions: "X speaks at the … Forum", "X addresses the … Summit".
  // "… delivered an important speech entitled "…" at the headquarters of …", "During the
  // opening ceremony, X gave a speech, announcing …".
  [
    "speak",
    // "… introduced relevant information and answered questions from Chinese and foreign journalists": a briefing's speakers.
    '(?:answered|answers)\\s+(?:\\w+\\s+){0,2}questions\\s+from|(?:briefed|briefs)\\s+(?:the\\s+)?(?:media|press|reporters|journalists)|(?:spoke|speaks|[Ss]peaking)\\s+at|address(?:ed|es)(?=\\s+the\\s)|(?:deliver(?:ed|s)|gave|gives)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?speech(?:\\s+entitled\\s+["“][^"”]{1,120}["”])?(?:\\s+at|(?=,\\s))',
  ],
  // "… were also at the airport to welcome the Premier": the welcoming party was there;
  // "A, B and C witnessed the signing": so were they.
  ["present", "(?:was|were)\\s+(?:also\\s+)?(?:present|at\\s+the\\s+airport)|(?:jointly\\s+)?witness(?:ed|es)(?=\\s+the\\s)"],
];
