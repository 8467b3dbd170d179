// Next's own copy of the `compression` middleware, which direct-answers.test.ts runs as the
// reference for the worker's answers (Next ships it untyped).
declare module "next/dist/compiled/compression" {
  type Middleware = (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void;
  export default function compression(): Middleware;
}
