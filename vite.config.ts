import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { bootChunkGroups } from "./scripts/boot-chunk.js";
import { writeManifest } from "./scripts/build-manifest.js";

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

/**
 * `vite preview` (what `npm start` serves) answers like a good static host: content-hashed `assets/*` are
 * cacheable for a year, so a reload takes them from the browser's cache; Vite's own server sends every file
 * `no-cache` with an ETag (revalidated each time), which stays so for index.html and the rest.
 */
function previewCaching(): Plugin {
  return {
    name: "plenum-preview-caching",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split("?")[0] ?? "";
        if (/\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(path))
          res.setHeader("cache-control", "public, max-age=31536000, immutable");
        next();
      });
    },
  };
}

/**
 * Build only: index.html fetches the boot chunk and its CSS at once, beside the entry. The entry imports the boot
 * chunk dynamically (so it starts the snapshot reads while the boot chunk loads), and Vite lists only static
 * imports in the HTML: without these tags the boot chunk would be requested only once the entry had run.
 */
function bootPreload(): Plugin {
  return {
    name: "plenum-boot-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, ctx) => {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === "chunk" && c.name === "boot");
        if (boot?.type !== "chunk") return html;
        const tags = [
          ...[...(boot.viteMetadata?.importedCss ?? [])].map(
            (href) => `<link rel="stylesheet" crossorigin href="./${href}">`,
          ),
          `<link rel="modulepreload" crossorigin href="./${boot.fileName}">`,
        ].join("\n    ");
        // Before the entry's own stylesheet, where Vite put the boot CSS while the entry imported it statically
        // (the cascade order stays: base.css after the components' CSS).
        const at = html.search(/<link rel="stylesheet"/);
        return at < 0
          ? html.replace("</head>", `  ${tags}\n  </head>`)
          : `${html.slice(0, at)}${tags}\n    ${html.slice(at)}`;
      },
    },
  };
}

/** WalletConnect's Verify API runs in an iframe; its relay (wss:) and API (https:) are already in connect-src. */
const WALLETCONNECT_FRAMES = ["https://verify.walletconnect.com", "https://verify.walletconnect.org"];

/**
 * The build's Content-Security-Policy. connect-src must allow any RPC URL a user types in #/settings later,
 * and a meta policy cannot be widened at runtime: hence `https: wss:` plus plain http/ws on loopback only.
 * style-src-elem needs 'unsafe-inline' for the one <style> element RainbowKit renders with its theme's CSS
 * variables; inline style attributes stay forbidden (React sets styles through the CSSOM, which CSP allows).
 */
export function contentSecurityPolicy(walletConnect: boolean): string {
  const loopback = ["http://127.0.0.1:*", "http://localhost:*", "ws://127.0.0.1:*", "ws://localhost:*"];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "style-src-elem 'self' 'unsafe-inline'",
    "style-src-attr 'none'",
    // https: only so a proposal image the reader chose to load (one click each) can appear.
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src 'self' https: wss: ${loopback.join(" ")}`,
    `frame-src ${walletConnect ? WALLETCONNECT_FRAMES.join(" ") : "'none'"}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Build only: the CSP as the first element of <head> (the dev server needs inline script for HMR). */
function cspMeta(): Plugin {
  let walletConnect = false;
  return {
    name: "plenum-csp-meta",
    apply: "build",
    configResolved(config) {
      walletConnect = Boolean(
        loadEnv(config.mode, config.envDir || config.root, "VITE_").VITE_WALLETCONNECT_PROJECT_ID,
      );
    },
    transformIndexHtml: {
      order: "post",
      // Right after <meta charset>: a meta policy only governs the elements that follow it.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(walletConnect)}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error("index.html needs a <meta charset> for the CSP to follow");
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

/** Build only: writes dist/manifest.sha256 (SHA-256 of every file) once all files are on disk. */
function buildManifest(): Plugin {
  let outDir = "";
  return {
    name: "plenum-build-manifest",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const entries = writeManifest(outDir);
      this.info(`manifest.sha256: ${entries.length} files`);
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), devnetJson(), previewCaching(), bootPreload(), cspMeta(), buildManifest()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { host: "127.0.0.1", port: Number(process.env.PLENUM_PORT ?? 5173), strictPort: false },
  preview: { host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
    // The first screen's modules in one chunk (see scripts/boot-chunk.ts); the rest split as Rolldown decides.
    rolldownOptions: {
      output: { codeSplitting: { groups: bootChunkGroups() } },
    },
  },
});
