import "./styles/base.css";
import { createRoot } from "react-dom/client";
import { loadDevnetInfo } from "./config/devnet";
import { applyTheme } from "./lib/theme";

applyTheme();

// The app (router, wallet kit) loads while devnet.json is fetched, so the entry chunk stays tiny.
async function boot(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const [devnet, { App }] = await Promise.all([loadDevnetInfo(), import("./app/app")]);
  createRoot(root).render(<App devnet={devnet} />);
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
