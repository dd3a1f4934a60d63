import type { BrowserContext } from "playwright-core";

/** How many transactions (eth_sendTransaction, eth_sendRawTransaction) and signature requests (typed data,
 * personal_sign, eth_sign) the pages sent to each watched RPC. */
export type SendCounter = { count: (chain: string) => number; signatures: (chain: string) => number };

const SENDS = new Set(["eth_sendTransaction", "eth_sendRawTransaction"]);
// The Devnet wallet signs by forwarding these to its chain's anvil: one arriving is a signature produced.
const SIGNS = new Set(["eth_signTypedData_v4", "eth_signTypedData", "personal_sign", "eth_sign"]);

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
 * Counts, per named RPC URL, every transaction and signature request any page of the context sends there: the
 * browser is the only client these nodes have in a test, so this is the nodes' own view of what arrived.
 */
export function watchSends(context: BrowserContext, rpcs: Record<string, string>): SendCounter {
  const sends = new Map<string, number>();
  const signs = new Map<string, number>();
  const add = (counts: Map<string, number>, name: string, n: number) => {
    if (n > 0) counts.set(name, (counts.get(name) ?? 0) + n);
  };
  const byOrigin = new Map(Object.entries(rpcs).map(([name, url]) => [origin(url), name]));
  context.on("request", (request) => {
    if (request.method() !== "POST") return;
    const name = byOrigin.get(origin(request.url()));
    if (!name) return;
    const methods = methodsOf(request.postData());
    add(sends, name, methods.filter((m) => SENDS.has(m)).length);
    add(signs, name, methods.filter((m) => SIGNS.has(m)).length);
  });
  return {
    count: (chain) => sends.get(chain) ?? 0,
    signatures: (chain) => signs.get(chain) ?? 0,
  };
}
