import "./styles/base.css";
import { preloadRoute } from "./app/route-modules";
import { loadDevnetInfo } from "./config/devnet";
import { applyTheme } from "./lib/theme";

applyTheme();

// The entry chunk stays tiny (no React here): it starts, all at once, devnet.json, the app (React, router,
// providers) and the modules of the page the URL names, so none of them waits for another to arrive.
async function boot(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  preloadRoute(window.location.hash);
  const [devnet, { mountApp }] = await Promise.all([loadDevnetInfo(), import("./app/app")]);
  mountApp(root, devnet);
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
