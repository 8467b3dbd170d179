import type { NextApiRequest, NextApiResponse } from "next";
import { answerRoute, offerAnswerRoute } from "@/lib/api/answer-route";

// The quiz's hot path, answering a question, is the one API route served by the Pages
// Router. Why: an App Router route handler reaches its request body through Web
// Streams, which cost about half a millisecond per request on Node 20; measured on
// these machines with 32 connections, a route that only parses a small JSON body
// answers 485–616 req/s with p99 101–147 ms in the App Router, 1090–1570 req/s with
// p99 43–62 ms here. The endpoint's logic is framework-neutral (lib/api/answer-question.ts,
// on Node's request in lib/api/answer-route.ts); this file only writes its answer.
// Once loaded, it offers the route to the production server's workers, which then call it
// without Next's router (server/direct-answers.ts): Next's routing was half of the server's
// CPU per answer.

// The body is read by the route, with the size cap, so refusals keep the API's error shape.
export const config = { api: { bodyParser: false } };

offerAnswerRoute();

export default async function answers(request: NextApiRequest, response: NextApiResponse) {
  const { status, headers, body } = await answerRoute(request, String(request.query.id ?? ""));
  response.writeHead(status, { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) });
  response.end(body);
}
