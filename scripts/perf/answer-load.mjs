// The answer workload shared by bench:load and test:crash: many learners, each with a
// few quiz sessions created through the API (the first one creates the learner and its
// cookie), and one answer body prepared for every (session, question) pair, so each
// request of the timed load answers a question nobody has answered yet.

const SESSION_QUESTIONS = 50; // the API's maximum per session
const SESSIONS_PER_LEARNER = 4;

function learnerCookieOf(response) {
  const header = response.headers.getSetCookie().find((value) => value.startsWith("learner="));
  return header ? header.split(";")[0] : null;
}

/** An answer a learner might give: one of the offered choices (right or wrong), or a typed guess. */
function answerFor(question, matching, random) {
  const grid = matching?.find((candidate) => candidate.questionIds?.includes(question.id));
  const options = grid?.choices ?? question.choices;
  if (options && options.length > 0) return options[Math.floor(random() * options.length)];
  return random() < 0.5 ? "Islamabad" : "a guess";
}

async function createSession(baseUrl, learner, random) {
  const response = await fetch(`${baseUrl}/api/quiz-sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(learner.cookie ? { cookie: learner.cookie } : {}) },
    body: JSON.stringify({ count: SESSION_QUESTIONS, mode: "mixed" }),
  });
  if (response.status !== 201) throw new Error(`creating a session answered ${response.status}: ${await response.text()}`);
  learner.cookie ??= learnerCookieOf(response);
  if (!learner.cookie) throw new Error("the first session did not set a learner cookie");
  const session = await response.json();
  return session.questions.map((question) => ({
    sessionId: session.id,
    questionId: question.id,
    cookie: learner.cookie,
    body: JSON.stringify({ questionId: question.id, answer: answerFor(question, session.matching, random) }),
  }));
}

/**
 * Creates learners and sessions until at least `minPairs` unanswered (session, question)
 * pairs exist, `concurrency` requests at a time. Returns the pairs in an interleaved
 * order (learners and sessions alternate), so concurrent requests hit different rows.
 */
export async function createAnswerTargets(baseUrl, { minPairs, random, concurrency = 8, learnerCount = { value: 0 } }) {
  const perSession = [];
  let pairs = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (pairs < minPairs) {
      const learner = { cookie: null };
      learnerCount.value += 1;
      for (let s = 0; s < SESSIONS_PER_LEARNER && pairs < minPairs; s += 1) {
        const created = await createSession(baseUrl, learner, random);
        pairs += created.length;
        perSession.push(created);
      }
    }
  });
  await Promise.all(workers);
  // Round-robin over sessions: consecutive requests belong to different sessions and learners.
  const interleaved = [];
  for (let index = 0; interleaved.length < pairs; index += 1) {
    for (const session of perSession) if (session[index]) interleaved.push(session[index]);
  }
  return interleaved;
}

export function answerPath(pair) {
  return `/api/quiz-sessions/${pair.sessionId}/answers`;
}

export const pairKey = (sessionId, questionId) => `${sessionId}\u0000${questionId}`;
