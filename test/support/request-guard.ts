import type { BrowserContext, Page } from "playwright-core";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Requests a page made to hosts other than this machine (blocked, and listed for the test to fail on). */
export type RequestGuard = { foreign: () => string[]; assertNoForeignRequests: () => void };

const isLocal = (url: string) => {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return LOCAL_HOSTS.has(u.hostname);
};

/** Blocks and records every request (HTTP and WebSocket) that leaves 127.0.0.1/localhost. */
export async function guardRequests(context: BrowserContext): Promise<RequestGuard> {
  const seen: string[] = [];
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      seen.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await context.routeWebSocket(
    (url) => !isLocal(url.href),
    (ws) => {
      seen.push(ws.url());
      return ws.close();
    },
  );
  return guardOf(seen);
}

/**
 * Lists every request (HTTP and WebSocket) for a host other than 127.0.0.1/localhost without intercepting any:
 * for a browser launched with LOCAL_ONLY_FLAGS (browser.ts), where such a request fails in Chromium itself and
 * the HTTP cache stays on (Playwright turns it off for a context with routes).
 */
export function watchRequests(context: BrowserContext): RequestGuard {
  const seen: string[] = [];
  const watchPage = (page: Page) =>
    page.on("websocket", (ws) => {
      if (!isLocal(ws.url())) seen.push(ws.url());
    });
  context.on("request", (request) => {
    if (!isLocal(request.url())) seen.push(request.url());
  });
  for (const page of context.pages()) watchPage(page);
  context.on("page", watchPage);
  return guardOf(seen);
}

function guardOf(seen: string[]): RequestGuard {
  return {
    foreign: () => [...seen],
    assertNoForeignRequests: () => {
      if (seen.length === 0) return;
      // Cleared so one offending test does not fail every test after it.
      const list = [...new Set(seen.splice(0))].map((u) => `  - ${u}`).join("\n");
      throw new Error(`The page requested hosts other than localhost:\n${list}`);
    },
  };
}

/** Content-Security-Policy violations the pages reported (directive, blocked URL, source). */
export type CspGuard = { violations: () => string[]; assertNoCspViolations: () => void };

type Violation = { directive: string; blocked: string; source: string; sample: string; page: string };

/**
 * Records every `securitypolicyviolation` event in every page of the context (a binding survives
 * navigations; the listener is installed before any page script runs), for the test to fail on.
 */
export async function guardCsp(context: BrowserContext): Promise<CspGuard> {
  const seen: string[] = [];
  await context.exposeBinding("__plenumCspViolation", (_source, v: Violation) => {
    const where = v.source ? ` at ${v.source}` : "";
    const sample = v.sample ? ` (${v.sample.slice(0, 80)})` : "";
    seen.push(`${v.directive} blocked ${v.blocked || "inline"}${where}${sample} on ${v.page}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __plenumCspViolation: (v: Violation) => void })
      .__plenumCspViolation;
    document.addEventListener(
      "securitypolicyviolation",
      (e) =>
        void report({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}` : "",
          sample: e.sample,
          page: location.href,
        }),
      true,
    );
  });
  return {
    violations: () => [...seen],
    assertNoCspViolations: () => {
      if (seen.length === 0) return;
      // Cleared so one offending test does not fail every test after it.
      const list = [...new Set(seen.splice(0))].map((v) => `  - ${v}`).join("\n");
      throw new Error(`The Content-Security-Policy blocked something:\n${list}`);
    },
  };
}
