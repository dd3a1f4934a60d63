import type { Address } from "viem";
import { afterAll, beforeAll } from "vitest";
import { startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, seedHistory } from "../chaos/emitter";

type Anvil = Awaited<ReturnType<typeof startAnvil>>;
/** The chain a sync test runs against, set once the file's `beforeAll` has run. */
export type ChaosChain = { anvil: Anvil; proxy: ChaosProxy; emitter: Address };

/**
 * An anvil with the test emitter and `blocks` blocks of its events seeded, behind a chaos proxy on it, started
 * before the file's tests and stopped after them. Read its fields inside tests (they are set in `beforeAll`).
 */
export function chaosEmitterChain(
  blocks: number,
  proxyOptions: Omit<Parameters<typeof startChaosProxy>[0], "upstream"> = {},
): ChaosChain {
  const chain = {} as ChaosChain;
  beforeAll(async () => {
    chain.anvil = await startAnvil();
    chain.emitter = await deployEmitter(chain.anvil.url);
    await seedHistory(chain.anvil.url, chain.emitter, blocks);
    chain.proxy = await startChaosProxy({ ...proxyOptions, upstream: chain.anvil.url });
  });
  afterAll(async () => {
    await chain.proxy?.close();
    await chain.anvil?.stop();
  });
  return chain;
}
