import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
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

/** What Vite names with a content hash (`assets/boot-C-qNBi1o.js`): a new build gives a changed file a new name. */
const HASHED = /^assets\/.+-[\w-]{8}\.\w+$/;
/** A year, as static hosts send for content-hashed files; everything else is revalidated on each load. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** A running static server; `url` ends with the sub-path, e.g. http://127.0.0.1:4321/plenum/. */
export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Answers like a careful static host: hashed `assets/*` may be cached for a year, every other file (index.html,
 * devnet.json) is `no-cache` with an ETag and Last-Modified, so a reload revalidates it (304 when unchanged).
 */
function send(req: IncomingMessage, res: ServerResponse, rel: string, body: Buffer, modified: Date) {
  const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 16)}"`;
  const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000);
  const headers = {
    "content-type": TYPES[extname(rel)] ?? "application/octet-stream",
    "cache-control": HASHED.test(rel) ? IMMUTABLE : "no-cache",
    etag,
    "last-modified": lastModified.toUTCString(),
  };
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  const match = req.headers["if-none-match"];
  const unchanged = match !== undefined ? match === etag : since >= lastModified.getTime();
  if (unchanged) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "content-length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

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
  const started = new Date();
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
      send(req, res, rel, Buffer.from(inline), started);
      return;
    }
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    send(req, res, rel, readFileSync(file), statSync(file).mtime);
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
