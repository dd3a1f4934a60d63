import { type DevnetInfo, parseDevnetInfo } from "./devnet-info";

let loaded: DevnetInfo | null = null;

/** Fetches ./devnet.json next to the page; null when it is not served (any static host) or malformed. */
export async function loadDevnetInfo(fetcher: typeof fetch = fetch): Promise<DevnetInfo | null> {
  try {
    const res = await fetcher("./devnet.json", { cache: "no-store", signal: AbortSignal.timeout(3_000) });
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
