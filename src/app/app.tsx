import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { acceptDevnetJson } from "@/config/devnet";
import type { DevnetInfo } from "@/config/devnet-info";
import { Providers } from "./providers";
import { router } from "./router";

/** The whole app: providers around the hash router. */
export function App({ devnet }: { devnet: DevnetInfo | null }) {
  return (
    <StrictMode>
      <Providers devnet={devnet}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>
  );
}

/** Renders the app into `root` with the devnet.json the boot fetched, if any (React DOM and the devnet file's
 * parsing live in this chunk, so the entry chunk stays small). */
export function mountApp(root: HTMLElement, devnetJson: unknown): void {
  createRoot(root).render(<App devnet={acceptDevnetJson(devnetJson)} />);
}
