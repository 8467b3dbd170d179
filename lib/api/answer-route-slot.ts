// The global slot in which the answer route offers itself to the production server
// (lib/api/answer-route.ts fills it, server/direct-answers.ts reads it under the same name;
// server/direct-answers.test.ts checks that the two agree). A module of its own, importing
// nothing, so that the server's tests can import it.
export const ANSWER_ROUTE_SLOT = Symbol.for("visit-study.answer-route");
