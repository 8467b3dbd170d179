// Lets `npm start` prepare the database and the server at the same time: the server is
// started with --hold, prepares Next (a second or two) while the database is migrated and
// checked, and opens its port only when start.ts says the database is ready. Nothing can
// reach the database before it is ready, and the two waits overlap instead of adding up.

export const DATABASE_READY = "database-ready";

type Message = { type?: unknown } | undefined;

/**
 * Resolves when this process receives the go message (from start.ts, or in a worker from
 * the primary) through `channel`, the process by default. Call it in the process's first
 * tick: a message that arrives while nobody listens is lost.
 */
export function databaseReady(channel: Pick<NodeJS.EventEmitter, "on" | "off"> = process): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: Message) => {
      if (message?.type !== DATABASE_READY) return;
      channel.off("message", listener);
      resolve();
    };
    channel.on("message", listener);
  });
}
