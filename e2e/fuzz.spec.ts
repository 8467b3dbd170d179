import { expect, test } from "@playwright/test";
import { getStudySets } from "@/lib/content/study-sets";
import en from "@/messages/en.json";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { seededRandom, seedFrom, type Random } from "./support/random";
import { learnerCookie, sendRaw, type RawRequest, type RawResponse } from "./support/raw-http";

// Generated bad requests against every API route: wrong types, missing fields, unknown
// and other learners' ids, huge strings, deep JSON, wrong content types, forged and
// garbage cookies, path traversal in ids. Every answer must be a 4xx in the error
// shape, nothing may be stored, and the server must still serve normal requests.
// Seeded (fixed by default, so runs are repeatable); FUZZ_SEED=n explores other inputs.

const SEED = seedFrom("FUZZ_SEED", 20230506);
const REQUESTS = 360;
const ERROR_CODES = new Set(Object.keys(en.ApiErrors));
const section = getStudySets()[0]!.sections[0]!;

type Session = { id: string; questions: { id: string; format: string; choices?: string[] }[] };
type World = {
  cookieA: string;
  cookieB: string;
  sessionA: Session;
  sessionB: Session;
  /** A choice question of session A answered in setup; the others are unanswered. */
  answeredA: Session["questions"][number];
  unansweredA: Session["questions"][number];
};
type Case = { label: string; request: RawRequest };
type Generator = (r: Random, w: World) => Case;

const JSON_TYPE = "application/json";
const WRONG_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, "", "x", [], {}, [1], [null], { a: 1 }, [[]]];
const TRAVERSALS = [
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fpackage.json",
  "..%5C..%5Cwindows%5Cwin.ini",
  "%252e%252e%252f",
  "....%2F%2F....%2F%2Fetc",
  "%00",
  "a%00b",
  "%2F",
  "~%2F.ssh",
  "%E2%80%AE",
];

const encode = encodeURIComponent;
// Printable ASCII a cookie header may carry (not ';', which would start another cookie).
const GARBAGE_COOKIE = "abcXYZ019<>\"'\\&%=!$()*+-./:?@[]^_`{|}~ ";
const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
// Nested under "count", a field every body schema either types or forbids.
const deepObject = (depth: number) => '{"count":'.repeat(depth) + "1" + "}".repeat(depth);
const bigString = (r: Random, length: number) => r.string(length, "abcXYZ 中文🙂<>\"'\\&%;");

/** A cookie to send: strangers always, learner A or B only when they may not own the target. */
function cookieOf(r: Random, w: World, allowA: boolean, allowB = true): { label: string; header?: string } {
  const choices: { label: string; header?: string }[] = [
    { label: "no cookie" },
    { label: "forged id", header: `learner=${r.string(43)}` },
    { label: "garbage cookie", header: `learner=${r.string(1 + r.int(60), GARBAGE_COOKIE)}` },
    { label: "short id", header: `learner=${r.string(42)}` },
    { label: "long cookie", header: `learner=${r.string(3000)}` },
    { label: "two cookies", header: `learner=${r.string(43)}; learner=${w.cookieA.slice("learner=".length)}x` },
    { label: "id with traversal", header: `learner=..%2F..%2F${r.string(30)}` },
  ];
  if (allowB) choices.push({ label: "learner B", header: w.cookieB });
  if (allowA) choices.push({ label: "learner A", header: w.cookieA });
  return r.pick(choices);
}

function headers(cookie?: string, contentType: string | null = JSON_TYPE, r?: Random): Record<string, string> {
  return {
    ...(contentType ? { "content-type": contentType } : {}),
    ...(cookie ? { cookie } : {}),
    "accept-language": r ? r.pick(["en", "zh", "zh-CN,zh;q=0.9", "fr", "*", ";;;"]) : "en",
  };
}

/** Bodies no route accepts as JSON input: malformed text, deep nesting, wrong top-level types. */
function malformedBody(r: Random, maxBytes: number): { label: string; body: string } {
  const depth = Math.floor((maxBytes - 20) / 2);
  return r.pick([
    { label: "empty body", body: "" },
    { label: "truncated JSON", body: '{"questionId": "' },
    { label: "single quotes", body: "{'a': 1}" },
    { label: "trailing comma", body: '{"a": 1,}' },
    { label: "NaN", body: '{"count": NaN}' },
    { label: "binary", body: "\u0000\u0001\u0002\uFFFD" },
    { label: "deep array", body: deepArray(depth) },
    { label: "deep object", body: deepObject(Math.floor((maxBytes - 10) / 10)) },
    { label: "top-level string", body: JSON.stringify(bigString(r, 50)) },
    { label: "top-level number", body: "42" },
    { label: "top-level null", body: "null" },
    { label: "top-level array", body: "[1, 2, 3]" },
  ]);
}

function wrongContentType(r: Random): string | null {
  return r.pick([
    null,
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
    "json",
    "text/json",
    "application/octet-stream",
  ]);
}

// ---- POST /api/quiz-sessions -------------------------------------------------------
const badSessionBodies: ((r: Random, w: World) => { label: string; body: unknown })[] = [
  (r) => ({ label: "sections wrong type", body: { sections: r.pick(WRONG_VALUES.filter((v) => !(Array.isArray(v) && v.length === 0))) } }),
  (r) => ({ label: "sections unknown id", body: { sections: [`${section.id}-${r.string(6)}`] } }),
  (r) => ({ label: "sections traversal", body: { sections: [decodeURIComponent(r.pick(TRAVERSALS))] } }),
  (r) => ({ label: "sections huge string", body: { sections: [bigString(r, 201 + r.int(5000))] } }),
  () => ({ label: "sections too many", body: { sections: Array.from({ length: 501 }, () => section.id) } }),
  (r) => ({ label: "kinds unknown", body: { kinds: [r.pick(["nope", "PARTICIPANT", "", "__proto__", "label "])] } }),
  (r) => ({ label: "kinds wrong type", body: { kinds: r.pick(["participant", 1, { kind: "date" }, [1], [null]]) } }),
  (r) => ({ label: "count out of range", body: { count: r.pick([0, -1, 51, 1000, 1.5, 1e308, -0.5]) } }),
  (r) => ({ label: "count wrong type", body: { count: r.pick(["10", null, true, [10], { n: 10 }]) } }),
  (r) => ({ label: "mode unknown", body: { mode: r.pick(["all", "", "CHOICE", 1, null, ["choice"]]) } }),
  (r) => ({ label: "purpose unknown", body: { purpose: r.pick(["exam", "", 0, null, {}]) } }),
  (r) => ({ label: "questionIds empty or wrong", body: { questionIds: r.pick([[], "q", 1, null, [1], [{}]]) } }),
  (r) => ({ label: "questionIds unknown", body: { questionIds: [`${r.string(12)}`] } }),
  (r, w) => ({ label: "questionIds duplicated", body: { questionIds: [w.unansweredA.id, w.unansweredA.id] } }),
  (r) => ({ label: "questionIds traversal", body: { questionIds: [decodeURIComponent(r.pick(TRAVERSALS))] } }),
  () => ({ label: "questionIds too many", body: { questionIds: Array.from({ length: 51 }, (_, i) => `q${i}`) } }),
  (r) => ({ label: "deep JSON in a field", body: JSON.parse(`{"sections": ${deepArray(200 + r.int(2000))}}`) as unknown }),
  (r) => ({
    label: "prototype keys",
    body: JSON.parse(`{"__proto__": {"count": 5}, "constructor": {"prototype": {"x": 1}}, "count": ${r.pick(["0", '"5"'])}}`) as unknown,
  }),
];

const createSession: Generator[] = [
  (r, w) => {
    const bad = r.pick(badSessionBodies)(r, w);
    const cookie = cookieOf(r, w, true);
    return {
      label: `create: ${bad.label}, ${cookie.label}`,
      request: { method: "POST", path: "/api/quiz-sessions", headers: headers(cookie.header, JSON_TYPE, r), body: JSON.stringify(bad.body) },
    };
  },
  (r, w) => {
    const bad = malformedBody(r, 16 * 1024);
    const cookie = cookieOf(r, w, true);
    return {
      label: `create: ${bad.label}, ${cookie.label}`,
      request: { method: "POST", path: "/api/quiz-sessions", headers: headers(cookie.header, JSON_TYPE, r), body: bad.body },
    };
  },
  (r, w) => {
    const cookie = cookieOf(r, w, true);
    return {
      label: `create: wrong content type, ${cookie.label}`,
      request: { method: "POST", path: "/api/quiz-sessions", headers: headers(cookie.header, wrongContentType(r), r), body: JSON.stringify({ count: 3 }) },
    };
  },
  (r, w) => {
    const cookie = cookieOf(r, w, true);
    return {
      label: `create: oversized body, ${cookie.label}`,
      request: {
        method: "POST",
        path: "/api/quiz-sessions",
        headers: headers(cookie.header, JSON_TYPE, r),
        body: JSON.stringify({ count: 3, pad: bigString(r, 17 * 1024) }),
      },
    };
  },
];

// ---- POST /api/quiz-sessions/{id}/answers ---------------------------------------------
function foreignSessionId(r: Random, w: World): { label: string; id: string; ofB?: boolean } {
  return r.pick([
    { label: "unknown session", id: r.string(22) },
    { label: "learner B's session", id: w.sessionB.id, ofB: true },
    { label: "traversal id", id: r.pick(TRAVERSALS) },
    { label: "traversal to A's session", id: encode(`../${w.sessionA.id}`) },
    { label: "huge id", id: r.string(2000) },
    { label: "id with junk", id: encode(`${w.sessionA.id}${r.pick(["'", '"', " OR 1=1", ";--", "\u0000", "/.."])}`) },
  ]);
}

const answers: Generator[] = [
  // Someone else's or an unknown session, with a well-formed answer: never stored.
  (r, w) => {
    const target = foreignSessionId(r, w);
    const cookie = cookieOf(r, w, true, !target.ofB);
    const question = r.pick(w.sessionB.questions);
    return {
      label: `answer: ${target.label}, ${cookie.label}`,
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${target.id}/answers`,
        headers: headers(cookie.header, JSON_TYPE, r),
        body: JSON.stringify({ questionId: question.id, answer: question.choices?.[0] ?? "x" }),
      },
    };
  },
  // A's own session seen through anyone else's cookie.
  (r, w) => {
    const cookie = cookieOf(r, w, false);
    return {
      label: `answer: A's session, ${cookie.label}`,
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${w.sessionA.id}/answers`,
        headers: headers(cookie.header, JSON_TYPE, r),
        body: JSON.stringify({ questionId: w.unansweredA.id, answer: w.unansweredA.choices?.[0] ?? "x" }),
      },
    };
  },
  // A's own session with bodies that are wrong whatever the question's format.
  (r, w) => {
    const bad = r.pick<{ label: string; body: unknown }>([
      { label: "missing questionId", body: { answer: "x" } },
      { label: "missing answer", body: { questionId: w.unansweredA.id } },
      { label: "answer wrong type", body: { questionId: w.unansweredA.id, answer: r.pick(WRONG_VALUES.filter((v) => typeof v !== "string")) } },
      { label: "questionId wrong type", body: { questionId: r.pick(WRONG_VALUES.filter((v) => typeof v !== "string" || v === "")), answer: "x" } },
      { label: "answer too long", body: { questionId: w.unansweredA.id, answer: bigString(r, 501 + r.int(600)) } },
      { label: "question not in session", body: { questionId: r.string(16), answer: "x" } },
      {
        label: "question of B's session",
        body: { questionId: w.sessionB.questions.find((q) => !w.sessionA.questions.some((a) => a.id === q.id))?.id ?? "none", answer: "x" },
      },
      { label: "questionId traversal", body: { questionId: decodeURIComponent(r.pick(TRAVERSALS)), answer: "x" } },
      { label: "questionId huge", body: { questionId: bigString(r, 201 + r.int(300)), answer: "x" } },
      { label: "fields nested", body: { questionId: { id: w.unansweredA.id }, answer: ["x"] } },
    ]);
    return {
      label: `answer: ${bad.label}, learner A`,
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${w.sessionA.id}/answers`,
        headers: headers(w.cookieA, JSON_TYPE, r),
        body: JSON.stringify(bad.body),
      },
    };
  },
  (r, w) => {
    const bad = malformedBody(r, 4 * 1024);
    return {
      label: `answer: ${bad.label}, learner A`,
      request: { method: "POST", path: `/api/quiz-sessions/${w.sessionA.id}/answers`, headers: headers(w.cookieA, JSON_TYPE, r), body: bad.body },
    };
  },
  (r, w) => ({
    label: "answer: wrong content type, learner A",
    request: {
      method: "POST",
      path: `/api/quiz-sessions/${w.sessionA.id}/answers`,
      headers: headers(w.cookieA, wrongContentType(r), r),
      body: r.pick([JSON.stringify({ questionId: w.unansweredA.id, answer: "x" }), `questionId=${w.unansweredA.id}&answer=x`]),
    },
  }),
  (r, w) => ({
    label: "answer: oversized body, learner A",
    request: {
      method: "POST",
      path: `/api/quiz-sessions/${w.sessionA.id}/answers`,
      headers: headers(w.cookieA, JSON_TYPE, r),
      body: JSON.stringify({ questionId: w.unansweredA.id, answer: "x", pad: bigString(r, 5 * 1024) }),
    },
  }),
  (r, w) => {
    const choice = w.sessionA.questions.find((q) => q.format === "choice" && q.id !== w.answeredA.id);
    return {
      label: "answer: not one of the choices, learner A",
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${w.sessionA.id}/answers`,
        headers: headers(w.cookieA, JSON_TYPE, r),
        body: JSON.stringify({ questionId: (choice ?? w.answeredA).id, answer: `${r.string(8)} not offered` }),
      },
    };
  },
];

// ---- POST /api/quiz-sessions/{id}/answers/{questionId}/override ------------------------
const overrides: Generator[] = [
  (r, w) => {
    const target = foreignSessionId(r, w);
    const cookie = cookieOf(r, w, true, !target.ofB);
    return {
      label: `override: ${target.label}, ${cookie.label}`,
      request: { method: "POST", path: `/api/quiz-sessions/${target.id}/answers/${encode(w.answeredA.id)}/override`, headers: headers(cookie.header, null, r) },
    };
  },
  (r, w) => {
    const cookie = cookieOf(r, w, false);
    return {
      label: `override: A's answer, ${cookie.label}`,
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${w.sessionA.id}/answers/${encode(w.answeredA.id)}/override`,
        headers: headers(cookie.header, null, r),
      },
    };
  },
  (r, w) => {
    const target = r.pick([
      { label: "unanswered question", id: encode(w.unansweredA.id) },
      { label: "choice answer (not overridable)", id: encode(w.answeredA.id) },
      { label: "unknown question", id: r.string(16) },
      { label: "traversal question id", id: r.pick(TRAVERSALS) },
      { label: "huge question id", id: r.string(3000) },
    ]);
    return {
      label: `override: ${target.label}, learner A`,
      request: { method: "POST", path: `/api/quiz-sessions/${w.sessionA.id}/answers/${target.id}/override`, headers: headers(w.cookieA, null, r) },
    };
  },
  (r, w) => {
    const bad = r.pick([
      { label: "fields in body", body: JSON.stringify({ correct: true }), type: JSON_TYPE },
      { label: "malformed body", body: "{", type: JSON_TYPE },
      { label: "deep body", body: deepArray(400), type: JSON_TYPE },
      { label: "oversized body", body: JSON.stringify({ pad: bigString(r, 2000) }), type: JSON_TYPE },
      { label: "wrong content type", body: "{}", type: wrongContentType(r) },
    ]);
    return {
      label: `override: ${bad.label}, learner A`,
      request: {
        method: "POST",
        path: `/api/quiz-sessions/${w.sessionA.id}/answers/${encode(w.answeredA.id)}/override`,
        headers: headers(w.cookieA, bad.type, r),
        body: bad.body,
      },
    };
  },
];

// ---- GET /api/quiz-sessions/{id} ---------------------------------------------------------
const readSession: Generator[] = [
  (r, w) => {
    const target = foreignSessionId(r, w);
    const cookie = cookieOf(r, w, true, !target.ofB);
    return {
      label: `session: ${target.label}, ${cookie.label}`,
      request: { method: "GET", path: `/api/quiz-sessions/${target.id}`, headers: headers(cookie.header, null, r) },
    };
  },
  (r, w) => {
    const cookie = cookieOf(r, w, false);
    return {
      label: `session: A's session, ${cookie.label}`,
      request: { method: "GET", path: `/api/quiz-sessions/${w.sessionA.id}`, headers: headers(cookie.header, null, r) },
    };
  },
];

// ---- /api/progress, /api/progress/export -------------------------------------------------
const progress: Generator[] = [
  (r, w) => {
    const format = r.pick(["xml", "", "CSV", "Json", "json;rm -rf", "..%2Fjson", bigString(r, 300), "csv%00", "%F0%9F%99%82"]);
    const cookie = cookieOf(r, w, true);
    return {
      label: `export: format=${format.slice(0, 12)}, ${cookie.label}`,
      request: { method: "GET", path: `/api/progress/export?format=${encode(format)}`, headers: headers(cookie.header, null, r) },
    };
  },
  (r, w) => {
    const bad = r.pick<{ label: string; body: string; type: string | null }>([
      { label: "confirm missing", body: "{}", type: JSON_TYPE },
      { label: "confirm false", body: JSON.stringify({ confirm: false }), type: JSON_TYPE },
      { label: "confirm as string", body: JSON.stringify({ confirm: "true" }), type: JSON_TYPE },
      { label: "confirm as number", body: JSON.stringify({ confirm: 1 }), type: JSON_TYPE },
      { label: "confirm nested", body: JSON.stringify({ confirm: [true] }), type: JSON_TYPE },
      { label: "no body", body: "", type: null },
      { label: "wrong content type", body: JSON.stringify({ confirm: true }), type: wrongContentType(r) },
      { label: "oversized body", body: JSON.stringify({ confirm: true, pad: bigString(r, 1500) }), type: JSON_TYPE },
      { label: "malformed", body: malformedBody(r, 1024).body, type: JSON_TYPE },
    ]);
    const cookie = cookieOf(r, w, true);
    return {
      label: `reset: ${bad.label}, ${cookie.label}`,
      request: { method: "DELETE", path: "/api/progress", headers: headers(cookie.header, bad.type, r), body: bad.body },
    };
  },
];

// ---- PUT / DELETE /api/studied/{sectionId} -------------------------------------------------
const studied: Generator[] = [
  (r, w) => {
    const target = r.pick([
      { label: "unknown section", id: encode(`${section.id}x`) },
      { label: "random section", id: r.string(1 + r.int(40)) },
      { label: "traversal section", id: r.pick(TRAVERSALS) },
      { label: "huge section id", id: r.string(301 + r.int(3000)) },
      { label: "section id with junk", id: encode(`${section.id}${r.pick(["'", " ", "\u0000", "/..", ":x"])}`) },
      { label: "set only", id: encode(section.id.split(":")[0]!) },
    ]);
    const cookie = cookieOf(r, w, true);
    const method = r.pick(["PUT", "DELETE"]);
    return {
      label: `studied ${method}: ${target.label}, ${cookie.label}`,
      request: { method, path: `/api/studied/${target.id}`, headers: headers(cookie.header, null, r) },
    };
  },
];

const GENERATORS: Generator[] = [...createSession, ...answers, ...overrides, ...readSession, ...progress, ...studied];

function generate(world: World, seed: number): Case[] {
  const r = seededRandom(seed);
  // Every generator at least twice, then a random mix.
  const cases = [...GENERATORS, ...GENERATORS].map((g) => g(r, world));
  while (cases.length < REQUESTS) cases.push(r.pick(GENERATORS)(r, world));
  return cases;
}

function problemWith(response: RawResponse): string | null {
  if (response.status < 400 || response.status > 499) return `status ${response.status}`;
  if (!String(response.headers["content-type"] ?? "").startsWith("application/json")) return `content-type ${response.headers["content-type"]}`;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(response.body) as typeof body;
  } catch {
    return `body is not JSON: ${response.body.slice(0, 80)}`;
  }
  if (typeof body.error?.code !== "string" || !ERROR_CODES.has(body.error.code)) return `error code ${JSON.stringify(body.error?.code)}`;
  if (typeof body.error.message !== "string" || body.error.message.length === 0) return "no error message";
  if (response.headers["set-cookie"]) return "sets a cookie";
  return null;
}

test.describe("API fuzz", () => {
  test.describe.configure({ mode: "serial" });
  let server: PrivateServer;
  let world: World;

  test.beforeAll(async () => {
    server = await startPrivateServer();
    const json = (cookie?: string) => headers(cookie);
    const createA = await sendRaw(server.baseURL, {
      method: "POST",
      path: "/api/quiz-sessions",
      headers: json(),
      body: JSON.stringify({ count: 8, mode: "mixed" }),
    });
    const createB = await sendRaw(server.baseURL, {
      method: "POST",
      path: "/api/quiz-sessions",
      headers: json(),
      body: JSON.stringify({ count: 8, mode: "choice" }),
    });
    expect(createA.status).toBe(201);
    expect(createB.status).toBe(201);
    const sessionA = JSON.parse(createA.body) as Session;
    const sessionB = JSON.parse(createB.body) as Session;
    const cookieA = learnerCookie(createA)!;
    const cookieB = learnerCookie(createB)!;
    const answeredA = sessionA.questions.find((q) => q.format === "choice") ?? sessionA.questions[0]!;
    const unansweredA = sessionA.questions.find((q) => q.id !== answeredA.id)!;
    const answer = await sendRaw(server.baseURL, {
      method: "POST",
      path: `/api/quiz-sessions/${sessionA.id}/answers`,
      headers: json(cookieA),
      body: JSON.stringify({ questionId: answeredA.id, answer: answeredA.choices?.[0] ?? "x" }),
    });
    expect(answer.status).toBe(200);
    expect((await sendRaw(server.baseURL, { method: "PUT", path: `/api/studied/${encode(section.id)}`, headers: json(cookieA) })).status).toBe(200);
    world = { cookieA, cookieB, sessionA, sessionB, answeredA, unansweredA };
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test(`${REQUESTS} generated bad requests: each a 4xx in the error shape, nothing stored`, async () => {
    test.setTimeout(180_000);
    console.log(`fuzz seed ${SEED}`);
    const cases = generate(world, SEED);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const before = await server.rowCounts();
    const learnersBefore = await server.query<{ id: string }>(`SELECT "id" FROM "Learner" ORDER BY "id"`);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async ({ label, request }, j) => {
          const response = await sendRaw(server.baseURL, request);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const problem = problemWith(response);
          if (problem) failures.push(`#${i + j} ${request.method} ${request.path.slice(0, 120)} (${label}): ${problem} — ${response.body.slice(0, 160)}`);
        }),
      );
    }
    console.log(
      `fuzz statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`,
    );
    expect(failures, failures.join("\n")).toEqual([]);
    expect(await server.rowCounts()).toEqual(before);
    expect(await server.query<{ id: string }>(`SELECT "id" FROM "Learner" ORDER BY "id"`)).toEqual(learnersBefore);
  });

  test("reads with forged or garbage cookies reveal nothing and store nothing", async () => {
    const r = seededRandom(SEED ^ 0x5eed);
    const before = await server.rowCounts();
    const paths = ["/api/progress", "/api/reviews", "/api/studied", "/api/progress/export?format=csv", "/api/progress/export?format=json"];
    // What a reader without any learner sees, timestamps aside.
    const untimed = (body: string) => body.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>");
    const anonymous = new Map<string, string>();
    for (const path of paths) anonymous.set(path, untimed((await sendRaw(server.baseURL, { method: "GET", path, headers: headers() })).body));
    for (let i = 0; i < 20; i += 1) {
      const cookie = r.pick([
        `learner=${r.string(43)}`,
        `learner=${r.string(10)}`,
        "learner=",
        `learner=${world.cookieA.slice(8, 40)}`,
        "learner=%00%2e%2e",
        `learner=${r.string(43)}x`,
      ]);
      for (const path of paths) {
        const response = await sendRaw(server.baseURL, { method: "GET", path, headers: headers(cookie) });
        expect(response.status, `${path} with ${cookie}`).toBe(200);
        expect(response.headers["set-cookie"]).toBeUndefined();
        expect(untimed(response.body), `${path} with ${cookie} shows what an anonymous reader sees`).toBe(anonymous.get(path));
      }
    }
    // Learner A does see their own progress, so the comparison above is not vacuous.
    const own = await sendRaw(server.baseURL, { method: "GET", path: "/api/studied", headers: headers(world.cookieA) });
    expect(own.body).toContain(section.id);
    expect(untimed(own.body)).not.toBe(anonymous.get("/api/studied"));
    expect(await server.rowCounts()).toEqual(before);
  });

  test("methods a route does not take are refused with 405, Allow and the error shape, and store nothing", async () => {
    const before = await server.rowCounts();
    const routes: [string, string[]][] = [
      ["/api/quiz-sessions", ["GET", "PUT", "PATCH", "DELETE"]],
      [`/api/quiz-sessions/${world.sessionA.id}`, ["POST", "PUT", "PATCH", "DELETE"]],
      [`/api/quiz-sessions/${world.sessionA.id}/answers`, ["GET", "PUT", "PATCH", "DELETE"]],
      [`/api/quiz-sessions/${world.sessionA.id}/answers/${encode(world.answeredA.id)}/override`, ["GET", "PUT", "PATCH"]],
      ["/api/progress", ["POST", "PUT", "PATCH"]],
      ["/api/progress/export", ["POST", "DELETE"]],
      ["/api/reviews", ["POST", "DELETE"]],
      ["/api/studied", ["POST", "PUT", "DELETE"]],
      [`/api/studied/${encode(section.id)}`, ["GET", "POST", "PATCH"]],
      ["/api/transfer-codes", ["GET", "PUT", "PATCH", "DELETE"]],
      ["/api/transfer-codes/redeem", ["GET", "PUT", "PATCH", "DELETE"]],
    ];
    for (const [path, methods] of routes) {
      for (const method of methods) {
        const response = await sendRaw(server.baseURL, { method, path, headers: headers(world.cookieA), body: JSON.stringify({ confirm: true }) });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(JSON.parse(response.body).error.code, `${method} ${path}`).toBe("method_not_allowed");
        expect(response.headers.allow, `${method} ${path}: Allow`).toMatch(/^(GET|POST|PUT|DELETE)(, (GET|POST|PUT|DELETE))*$/);
        expect(response.headers.allow).not.toContain(method);
      }
    }
    expect(await server.rowCounts()).toEqual(before);
  });

  test("the server still answers normal requests afterwards", async () => {
    const page = await sendRaw(server.baseURL, { method: "GET", path: "/en" });
    expect(page.status).toBe(200);
    const own = await sendRaw(server.baseURL, { method: "GET", path: `/api/quiz-sessions/${world.sessionA.id}`, headers: headers(world.cookieA) });
    expect(own.status).toBe(200);
    const before = await server.rowCounts();
    const answer = await sendRaw(server.baseURL, {
      method: "POST",
      path: `/api/quiz-sessions/${world.sessionA.id}/answers`,
      headers: headers(world.cookieA),
      body: JSON.stringify({ questionId: world.unansweredA.id, answer: world.unansweredA.choices?.[0] ?? "Islamabad" }),
    });
    expect(answer.status).toBe(200);
    expect((await server.rowCounts()).Answer).toBe(before.Answer! + 1);
    const progress = await sendRaw(server.baseURL, { method: "GET", path: "/api/progress", headers: headers(world.cookieA) });
    expect(progress.status).toBe(200);
    expect(progress.body).toContain(section.id);
  });
});
