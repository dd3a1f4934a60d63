import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** A running static server; `url` ends with the sub-path, e.g. http://127.0.0.1:4321/plenum/. */
export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves `dir` under `basePath` (like a static host that puts the app in a sub-folder), plus
 * in-memory `extra` files (e.g. devnet.json) at the same level. Listens on a free port.
 */
export async function serveStatic(
  dir: string,
  basePath: string,
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === basePath.slice(0, -1)) {
      res.writeHead(301, { location: basePath }).end();
      return;
    }
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end("not found");
      return;
    }
    const rel = path.slice(basePath.length) || "index.html";
    const inline = extra[rel];
    if (inline !== undefined) {
      res.writeHead(200, {
        "content-type": TYPES[extname(rel)] ?? "text/plain",
        "cache-control": "no-store",
      });
      res.end(inline);
      return;
    }
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
