import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DevnetInfo } from "../../src/config/devnet-info";
import { castFromAccounts, devnetAccounts } from "./accounts";
import { startAnvil } from "./anvil";
import { connectChain } from "./chain";
import { installMulticall3 } from "./multicall3";
import { seedDevnet, timelineEndingAt } from "./seed";

/** A running, seeded devnet. */
export type Devnet = {
  rpcUrl: string;
  info: DevnetInfo;
  /** Seeded proposals in publication order (ids in decimal strings stay exact in JSON). */
  proposals: { dao: "aiCommons" | "computeGuild"; key: string; id: bigint }[];
  stats: { seedSeconds: number; blocks: number };
  stop(): Promise<void>;
};

/**
 * Starts anvil on host:port (default 127.0.0.1:8545), deploys and seeds both DAOs, optionally writes devnet.json.
 * `fullHistory` keeps every block's state (for eth_call at old heights) at several times the seed time.
 */
export async function startDevnet(
  opts: { port?: number; host?: string; writeInfoTo?: string; fullHistory?: boolean } = {},
): Promise<Devnet> {
  const port = opts.port ?? 8545;
  const host = opts.host ?? "127.0.0.1";
  const t = timelineEndingAt(Math.floor(Date.now() / 1000));
  const anvil = await startAnvil({ port, host, genesisTimestamp: t.start, fullHistory: opts.fullHistory });
  try {
    const started = performance.now();
    const chain = connectChain(anvil.rpcUrl);
    // Before the seed, so batched reads at any seeded block find it (it mines nothing and moves no nonce).
    await installMulticall3(anvil.rpcUrl);
    const cast = castFromAccounts(await chain.accounts());
    const { deployment: d, published } = await seedDevnet(chain, cast, t);
    const info: DevnetInfo = {
      chainId: await chain.publicClient.getChainId(),
      rpcUrl: anvil.rpcUrl,
      daos: [
        {
          key: "aiCommons",
          name: "AI Commons",
          governor: d.governor,
          token: d.aic,
          timelock: d.timelock,
          charter: d.charter,
          stable: d.tusd,
          deployBlock: d.aiCommonsBlock,
        },
        {
          key: "computeGuild",
          name: "Compute Guild",
          governor: d.guild,
          token: d.cgt,
          timelock: null,
          charter: null,
          stable: d.tusd,
          deployBlock: d.computeGuildBlock,
        },
      ],
      accounts: devnetAccounts(cast),
    };
    if (opts.writeInfoTo) {
      mkdirSync(dirname(opts.writeInfoTo), { recursive: true });
      writeFileSync(opts.writeInfoTo, `${JSON.stringify(info, null, 2)}\n`);
    }
    return {
      rpcUrl: anvil.rpcUrl,
      info,
      proposals: published.map((p) => ({ dao: p.dao, key: p.proposal.key, id: p.proposal.id })),
      stats: { seedSeconds: (performance.now() - started) / 1000, blocks: await chain.blockNumber() },
      stop: anvil.stop,
    };
  } catch (err) {
    await anvil.stop();
    throw err;
  }
}
