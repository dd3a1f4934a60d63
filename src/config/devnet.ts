import { fetchDevnetJson } from "./devnet-fetch";
import { type DevnetInfo, parseDevnetInfo } from "./devnet-info";

let loaded: DevnetInfo | null = null;

/** Takes the devnet.json the boot fetched (see devnet-fetch.ts) as this page's devnet; null when there is
 * none or it is malformed. */
export function acceptDevnetJson(json: unknown): DevnetInfo | null {
  try {
    loaded = json === null ? null : parseDevnetInfo(json);
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Fetches ./devnet.json next to the page; null when it is not served (any static host) or malformed. */
export async function loadDevnetInfo(fetcher: typeof fetch = fetch): Promise<DevnetInfo | null> {
  return acceptDevnetJson(await fetchDevnetJson(fetcher));
}

/** The devnet info fetched at start-up, if any. */
export function devnetInfo(): DevnetInfo | null {
  return loaded;
}
