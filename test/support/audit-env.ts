import type { PublicClient } from "viem";
import { afterAll, beforeAll } from "vitest";
import { createRpcClient } from "@/chain/client";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import { chainFor } from "@/config/chains";
import { installMulticall3 } from "../../scripts/devnet/multicall3";
import { startAnvil } from "../chaos/anvil";
import { type SyncedDao, syncDao } from "./audit-app";
import { type AuditDao, deployAuditDao } from "./audit-dao";

/** A full-history anvil with the audit DAO seeded and synced by the app's engine. */
export type AuditEnv = { rpcUrl: string; client: PublicClient; fixture: AuditDao; synced: SyncedDao };

/** What the app is told about the audit DAO: its contracts, no deployment block (the app searches it) and no
 * token list (the treasury's assets are discovered from its Transfer logs). */
export const auditContracts = (f: AuditDao): DaoContracts => ({
  chainId: 31337,
  governor: f.governor,
  token: f.token,
  timelock: f.timelock,
  charter: f.charter,
});

/** Registers the audit environment in the calling test file (one anvil per file, stopped after it). */
export function setupAuditEnv(): () => AuditEnv {
  let env: AuditEnv | null = null;
  let stop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    // Full history (no --prune-history): the reference reads balances at past blocks.
    const anvil = await startAnvil(["--accounts", "20", "--chain-id", "31337"]);
    stop = anvil.stop;
    await installMulticall3(anvil.url);
    const fixture = await deployAuditDao(anvil.url);
    const client = createRpcClient(chainFor(31337), [anvil.url]);
    const synced = await syncDao(client, anvil.url, auditContracts(fixture));
    env = { rpcUrl: anvil.url, client, fixture, synced };
  }, 180_000);
  afterAll(async () => {
    await stop?.();
  });
  return () => {
    if (!env) throw new Error("audit environment is not ready (its beforeAll failed)");
    return env;
  };
}

/** The blocks every figure is checked at: two past blocks and the synced head. */
export const auditBlocks = (e: AuditEnv) =>
  [e.fixture.past[0], e.fixture.past[1], e.synced.syncedTo] as const;
