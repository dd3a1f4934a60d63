/**
 * Fetches ./devnet.json next to the page as plain JSON, or null when it is not served (any static host). Apart
 * from its parsing (devnet.ts, which needs viem's address checks) so that the boot can start it before the
 * app's script has loaded.
 */
export async function fetchDevnetJson(fetcher: typeof fetch = fetch): Promise<unknown> {
  try {
    // No `cache` option: it must match index.html's preload of the same URL for the browser to reuse that
    // response (the devnet server sends it with no-store, so it is never stale).
    const res = await fetcher("./devnet.json", { signal: AbortSignal.timeout(3_000) });
    return res.ok ? ((await res.json()) as unknown) : null;
  } catch {
    return null;
  }
}
