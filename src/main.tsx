import "./styles/base.css";
import { preloadRoute, proposalListOf } from "./app/route-modules";
import { fetchDevnetJson } from "./config/devnet-fetch";
import { LISTS_STORAGE_KEY, prefetchPersisted, STORAGE_KEY } from "./lib/query-persist-read";
import { prefetchSnapshot, warmSnapshots } from "./lib/snapshot-store";
import { listSnapshotKey } from "./lib/snapshot-store-keys";
import { applyTheme } from "./lib/theme";

applyTheme();

// The entry chunk stays tiny (no React here): it starts, all at once, devnet.json, the app (React, router,
// providers), the modules of the page the URL names and the snapshot reads that page paints from, so none of
// them waits for another to arrive.
async function boot(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  preloadRoute(window.location.hash);
  warmSnapshots();
  // The list page paints this device's last confirmed list first: read it while the app's script loads.
  const list = proposalListOf(window.location.hash);
  if (list) prefetchSnapshot(listSnapshotKey(list.chainId, list.governor));
  const app = import("./app/app");
  const devnet = fetchDevnetJson();
  // The query cache this device kept (DAO identities, proposal lists): parsed while the app's script loads,
  // instead of in the app's first render.
  prefetchPersisted(STORAGE_KEY);
  prefetchPersisted(LISTS_STORAGE_KEY);
  const [info, { mountApp }] = await Promise.all([devnet, app]);
  mountApp(root, info);
}

boot().catch((error: unknown) => {
  // Most often a stale tab after a redeploy (old chunk names): say so instead of "Loading…" forever.
  const root = document.getElementById("root");
  if (!root) return;
  const p = document.createElement("p");
  p.className = "boot";
  p.setAttribute("role", "alert");
  p.textContent = `Plenum failed to start (${String(error)}). Reload the page to try again.`;
  root.replaceChildren(p);
});
