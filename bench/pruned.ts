import { pathToFileURL } from "node:url";
import { createPublicClient, http } from "viem";
import { createMemoryStore } from "../src/chain/store/memory-store";
import { type DaoContracts, daoStreams } from "../src/chain/sync/dao-streams";
import { createSyncEngine } from "../src/chain/sync/sync-engine";
import { daoEventTopics, transferTopic } from "../src/domain/events/dao-events-abi";
import { startChaosProxy } from "../test/chaos/chaos-proxy";
import { benchChain } from "./seed";

type Row = [name: string, requests: number, ms: number, note: string];

/** The bench DAO's cold sync on a node that keeps no old state (a proxy refusing state reads older than 128
 * blocks, geth's words), with the deployment known (what an archive node's eth_getCode search yields) and
 * unknown (found from the first log). The bench chain itself is a pruned anvil, so its getCode search cannot
 * be measured here; the devnet integration test (sync-pruned) compares that one. */
export async function prunedRows(o: {
  upstream: string;
  dao: DaoContracts;
  blockCap: number;
  logCap: number;
  latencyMs: number;
  concurrency: number;
  /** Per-request timeout of the engine's client. */
  timeoutMs: number;
}): Promise<Row[]> {
  const proxy = await startChaosProxy({
    upstream: o.upstream,
    maxBlockRange: o.blockCap,
    maxResults: o.logCap,
    latencyMs: o.latencyMs,
    rangeStyle: "cloudflare",
    resultStyle: "infura",
    prunedState: { keep: 128, style: "geth" },
  });
  const run = async (deployBlock: number | undefined) => {
    proxy.resetStats();
    const { deployBlock: _, ...rest } = o.dao;
    const dao = deployBlock === undefined ? rest : { ...rest, deployBlock };
    const engine = createSyncEngine({
      chainId: o.dao.chainId,
      client: createPublicClient({ transport: http(proxy.url, { retryCount: 0, timeout: o.timeoutMs }) }),
      store: createMemoryStore(),
      concurrency: o.concurrency,
    });
    const s = performance.now();
    await engine.sync(daoStreams(dao, daoEventTopics, transferTopic));
    const ms = performance.now() - s;
    const start = [...(engine.status.get().starts ?? [])].sort((x, y) => x.block - y.block)[0];
    return { ms, stats: { ...proxy.stats }, start };
  };
  try {
    const known = await run(o.dao.deployBlock);
    const found = await run(undefined);
    const byMethod = (s: typeof known.stats) =>
      `${s.byMethod.eth_getCode ?? 0} getCode (${s.stateRefusals} refused), ${s.byMethod.eth_getLogs ?? 0} getLogs`;
    const how = found.start
      ? `start from logs at ${found.start.block}${found.start.exact ? " (exact)" : " (bound)"} in ${found.start.requests} requests`
      : "start not searched";
    return [
      ["pruned node, deployment known", known.stats.requests, known.ms, byMethod(known.stats)],
      [
        "pruned node, start found from logs",
        found.stats.requests,
        found.ms,
        `${byMethod(found.stats)}; ${how}`,
      ],
    ];
  } finally {
    await proxy.close();
  }
}

// `npx tsx bench/pruned.ts [proposals votes holders blocks]`: these two rows alone, on a (cached) bench chain.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [proposals = 30, votes = 1_000, holders = 200, blocks = 50_000] = process.argv.slice(2).map(Number);
  const { anvil, meta } = await benchChain({ proposals, votes, holders, blocks });
  try {
    const dao = { chainId: 31337, governor: meta.governor, token: meta.token, timelock: meta.timelock };
    const rows = await prunedRows({
      upstream: anvil.url,
      dao: { ...dao, deployBlock: meta.deployBlock },
      blockCap: 10_000,
      logCap: 10_000,
      latencyMs: 20,
      concurrency: 8,
      timeoutMs: 10_000,
    });
    console.log(`bench DAO ${proposals}p/${votes}v/${holders}h, deployed at block ${meta.deployBlock}`);
    for (const [name, req, ms, note] of rows)
      console.log(`${name.padEnd(40)}${String(req).padStart(10)}${ms.toFixed(0).padStart(10)}  ${note}`);
  } finally {
    await anvil.stop();
  }
}
