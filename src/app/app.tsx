import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
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
