import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const devnetFile = fileURLToPath(new URL("./.devnet/devnet.json", import.meta.url));

/** Serves the running devnet's addresses at ./devnet.json (dev and preview only; builds stay chain-agnostic). */
function devnetJson(): Plugin {
  const serve = (url: string | undefined, end: (body: string | null) => void) => {
    if (!url?.endsWith("/devnet.json")) return false;
    end(existsSync(devnetFile) ? readFileSync(devnetFile, "utf8") : null);
    return true;
  };
  const middleware =
    () =>
    (
      req: { url?: string },
      res: { statusCode: number; setHeader: (k: string, v: string) => void; end: (b?: string) => void },
      next: () => void,
    ) => {
      const handled = serve(req.url, (body) => {
        res.statusCode = body === null ? 404 : 200;
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "no-store");
        res.end(body ?? "{}");
      });
      if (!handled) next();
    };
  return {
    name: "plenum-devnet-json",
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), devnetJson()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { host: "127.0.0.1", port: Number(process.env.PLENUM_PORT ?? 5173), strictPort: false },
  preview: { host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: false, reportCompressedSize: true, chunkSizeWarningLimit: 800 },
});
