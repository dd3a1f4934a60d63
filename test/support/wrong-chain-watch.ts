import type { BrowserContext } from "playwright-core";

/** How many transactions the pages sent to each watched RPC (eth_sendTransaction and eth_sendRawTransaction). */
export type SendCounter = { count: (chain: string) => number };

const SENDS = new Set(["eth_sendTransaction", "eth_sendRawTransaction"]);

/** The JSON-RPC methods in a request body (one call or a batch); none when it is not JSON-RPC. */
function methodsOf(body: string | null): string[] {
  if (!body) return [];
  try {
    const parsed: unknown = JSON.parse(body);
    const calls = Array.isArray(parsed) ? parsed : [parsed];
    return calls.flatMap((c) =>
      typeof c === "object" && c !== null && typeof (c as { method?: unknown }).method === "string"
        ? [(c as { method: string }).method]
        : [],
    );
  } catch {
    return [];
  }
}

const origin = (url: string) => new URL(url).origin;

/**
 * Counts, per named RPC URL, every transaction any page of the context sends there: the browser is the only
 * client these nodes have in a test, so this is the nodes' own view of what arrived.
 */
export function watchSends(context: BrowserContext, rpcs: Record<string, string>): SendCounter {
  const counts = new Map<string, number>();
  const byOrigin = new Map(Object.entries(rpcs).map(([name, url]) => [origin(url), name]));
  context.on("request", (request) => {
    if (request.method() !== "POST") return;
    const name = byOrigin.get(origin(request.url()));
    if (!name) return;
    const n = methodsOf(request.postData()).filter((m) => SENDS.has(m)).length;
    if (n > 0) counts.set(name, (counts.get(name) ?? 0) + n);
  });
  return { count: (chain) => counts.get(chain) ?? 0 };
}
