import { type DevnetInfo, parseDevnetInfo } from "./devnet-info";

let loaded: DevnetInfo | null = null;

/** Fetches ./devnet.json next to the page; null when it is not served (any static host) or malformed. */
export async function loadDevnetInfo(fetcher: typeof fetch = fetch): Promise<DevnetInfo | null> {
  try {
    // No `cache` option: it must match index.html's preload of the same URL for the browser to reuse that
    // response (the devnet server sends it with no-store, so it is never stale).
    const res = await fetcher("./devnet.json", { signal: AbortSignal.timeout(3_000) });
    if (!res.ok) return null;
    loaded = parseDevnetInfo(await res.json());
  } catch {
    loaded = null;
  }
  return loaded;
}

/** The devnet info fetched at start-up, if any. */
export function devnetInfo(): DevnetInfo | null {
  return loaded;
}
