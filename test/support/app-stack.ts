import type { Page } from "playwright-core";
import type { DevnetInfo } from "@/config/devnet-info";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { startAnvil } from "../chaos/anvil";
import { startDevnet } from "../../scripts/devnet/start";
import { buildApp } from "./app-build";
import { type Browser, launchBrowser } from "./browser";
import { serveStatic } from "./static-server";

/** A seeded devnet, the built app served from the sub-path /plenum/, and a headless browser. */
export type AppStack = {
  /** The app's URL, e.g. http://127.0.0.1:41234/plenum/ (append `#/…` for a route). */
  appUrl: string;
  info: DevnetInfo;
  browser: Browser;
  /** A new page at the given hash route (default: the DAO picker). */
  open: (hash?: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /** A second, empty anvil with another chain id (same funded accounts), started on the first call only. */
  secondChain: () => Promise<SecondChain>;
  stop: () => Promise<void>;
};

/** The chain a wallet can be on instead of the devnet's (for wrong-chain tests). */
export type SecondChain = { chainId: number; rpcUrl: string };

/** Chain id of the second anvil: not the devnet's 31337, and no real network's. */
export const SECOND_CHAIN_ID = 31338;

type Stoppable = { stop: () => Promise<void> } | { close: () => Promise<void> };

async function stopAll(parts: Stoppable[]) {
  for (const part of parts.reverse()) {
    await ("stop" in part ? part.stop() : part.close()).catch((err: unknown) =>
      console.error(`[e2e] teardown: ${String(err)}`),
    );
  }
}

/** Starts the whole stack; on any failure stops what already started, then rethrows. */
export async function startAppStack(): Promise<AppStack> {
  const t0 = performance.now();
  const started: Stoppable[] = [];
  try {
    const [devnet, dist] = await Promise.all([
      freePort()
        .then((port) => startDevnet({ port }))
        .then((d) => {
          started.push(d);
          return d;
        }),
      buildApp(),
    ]);
    const server = await serveStatic(dist, "/plenum/", { "devnet.json": JSON.stringify(devnet.info) });
    started.push(server);
    const browser = await launchBrowser();
    started.push(browser);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`[e2e] devnet ${devnet.rpcUrl}, app ${server.url}, ready in ${seconds} s`);
    const open = async (hash = "#/", viewport = { width: 1280, height: 800 }) => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      page.on("pageerror", (err) => console.error(`[page error] ${err.message}`));
      await page.goto(`${server.url}${hash}`);
      return page;
    };
    let second: Promise<SecondChain> | null = null;
    const secondChain = () => {
      second ??= startAnvil(["--chain-id", String(SECOND_CHAIN_ID)]).then((anvil) => {
        started.push(anvil);
        return { chainId: SECOND_CHAIN_ID, rpcUrl: anvil.url };
      });
      return second;
    };
    return {
      appUrl: server.url,
      info: devnet.info,
      browser,
      open,
      secondChain,
      stop: () => stopAll(started),
    };
  } catch (err) {
    await stopAll(started);
    throw err;
  }
}
