import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daoStreams } from "@/chain/sync/dao-streams";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeLog } from "@/domain/events/decode";
import { decodeGeneric } from "@/domain/events/decode-generic";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

let devnet: Devnet;
beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
});
afterAll(async () => {
  await devnet?.stop();
});

const attempt = (f: () => unknown) => {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
};

describe("the fast decoder on the seeded devnet's real history", () => {
  it.each(["aiCommons", "computeGuild"] as const)(
    "decodes every synced log of %s as viem's generic path does",
    async (key) => {
      const d = devnet.info.daos.find((x) => x.key === key);
      if (!d) throw new Error(`devnet has no ${key}`);
      const streams = daoStreams(devnetDaoContracts(devnet.info.chainId, d), daoEventTopics, transferTopic);
      const synced = await engineFor(devnet.rpcUrl).engine.sync(streams);
      const logs = synced.streams.flatMap((s) => s.logs);
      const names = new Set<string>();
      for (const l of logs) {
        const [sig, ...rest] = l.topics;
        const app = attempt(() => decodeLog(l.topics, l.data));
        const viem = attempt(() => (sig ? decodeGeneric([sig, ...rest], l.data) : null));
        expect(app, `${l.blockNumber}:${l.logIndex}`).toStrictEqual(viem);
        if (app.ok) names.add((app.value as { eventName: string }).eventName);
      }
      expect(logs.length).toBeGreaterThan(40);
      for (const n of ["ProposalCreated", "VoteCast", "Transfer", "DelegateChanged", "DelegateVotesChanged"])
        expect(names).toContain(n);
    },
  );
});
