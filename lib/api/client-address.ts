import type { HeaderSource } from "./errors";

// The client's network address, for rate limits. The production server
// (server/worker.ts) writes the socket's peer address into this header on every
// request, replacing whatever the client sent. Behind a reverse proxy every client has
// the proxy's address; `next dev` sets no header, so all its clients share one budget.
export const CLIENT_ADDRESS_HEADER = "x-visit-client-address";

export function clientAddress(request: HeaderSource): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
