import type { BrowserContext } from "playwright-core";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Requests a page made to hosts other than this machine (blocked, and listed for the test to fail on). */
export type RequestGuard = { foreign: () => string[]; assertNoForeignRequests: () => void };

const isLocal = (url: string) => {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return LOCAL_HOSTS.has(u.hostname);
};

/** Blocks and records every request (HTTP and WebSocket) that leaves 127.0.0.1/localhost. */
export async function guardRequests(context: BrowserContext): Promise<RequestGuard> {
  const seen: string[] = [];
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      seen.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await context.routeWebSocket(
    (url) => !isLocal(url.href),
    (ws) => {
      seen.push(ws.url());
      return ws.close();
    },
  );
  return {
    foreign: () => [...seen],
    assertNoForeignRequests: () => {
      if (seen.length === 0) return;
      // Cleared so one offending test does not fail every test after it.
      const list = [...new Set(seen.splice(0))].map((u) => `  - ${u}`).join("\n");
      throw new Error(`The page requested hosts other than localhost:\n${list}`);
    },
  };
}
