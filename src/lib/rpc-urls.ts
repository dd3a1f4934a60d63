/** The result of checking a textarea of RPC URLs, one per line. */
export type RpcUrlsCheck = { ok: true; urls: string[] } | { ok: false; line: number; message: string };

const schemes = new Set(["http:", "https:", "ws:", "wss:"]);

/** Why a single RPC URL is unusable, or null when it is fine. */
export function rpcUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (!schemes.has(url.protocol)) return `"${raw}" must start with http://, https://, ws:// or wss://`;
  if (!url.hostname) return `"${raw}" has no host`;
  return null;
}

/** Splits text into RPC URLs (order kept, blanks and duplicates dropped) and reports the first bad line. */
export function parseRpcUrls(text: string): RpcUrlsCheck {
  const urls: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const raw = line.trim();
    if (raw === "") continue;
    const problem = rpcUrlProblem(raw);
    if (problem) return { ok: false, line: i + 1, message: `Line ${i + 1}: ${problem}` };
    if (!urls.includes(raw)) urls.push(raw);
  }
  return { ok: true, urls };
}

/** The host of an RPC URL, for messages such as "rpc.example.org is not answering". */
export function rpcHost(raw: string): string {
  try {
    return new URL(raw).host;
  } catch {
    return raw;
  }
}

/** True for websocket URLs (they need viem's webSocket transport). */
export function isWebSocketUrl(raw: string): boolean {
  return raw.startsWith("ws://") || raw.startsWith("wss://");
}
