import { createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import { readVerificationInputs } from "@/chain/sync/verify-reads";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeStreams, eventsNamed } from "@/domain/events/decode";
import { idSchemeFrom } from "@/domain/verify/proposal-ids";
import { verifyDao } from "@/domain/verify/verification";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

let devnet: Devnet;
let proxy: ChaosProxy;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  proxy = await startChaosProxy({
    upstream: devnet.rpcUrl,
    seed: 5,
    maxBlockRange: 50,
    maxResults: 25,
    faultRate: 0.2,
  });
});
afterAll(async () => {
  await proxy?.close();
  await devnet?.stop();
});

const contractsOf = (key: "aiCommons" | "computeGuild"): DaoContracts => {
  const d = devnet.info.daos.find((x) => x.key === key);
  if (!d) throw new Error(`devnet has no ${key}`);
  return devnetDaoContracts(devnet.info.chainId, d);
};

describe.each(["aiCommons", "computeGuild"] as const)("the %s history", (key) => {
  it("syncs through chaos to the same decoded events as a clean sync, every seeded proposal included", async () => {
    const streams = daoStreams(contractsOf(key), daoEventTopics, transferTopic);
    const clean = decodeStreams((await engineFor(devnet.rpcUrl).engine.sync(streams)).streams);
    const chaotic = decodeStreams((await engineFor(proxy.url).engine.sync(streams)).streams);
    expect(chaotic.undecodable).toBe(0);
    expect(chaotic.events.map((e) => `${e.blockNumber}:${e.logIndex}:${e.eventName}`)).toEqual(
      clean.events.map((e) => `${e.blockNumber}:${e.logIndex}:${e.eventName}`),
    );
    const ids = eventsNamed(chaotic.events, "ProposalCreated").map((e) => e.args.proposalId);
    const seeded = devnet.proposals.filter((p) => p.dao === key).map((p) => p.id);
    expect([...ids].sort()).toEqual([...seeded].sort());
    const names = new Set(chaotic.events.map((e) => e.eventName));
    for (const n of ["VoteCast", "Transfer", "DelegateChanged", "DelegateVotesChanged"])
      expect(names).toContain(n);
  });

  it("verifies every proposal id and tally at the synced block", async () => {
    const dao = contractsOf(key);
    const r = await engineFor(devnet.rpcUrl).engine.sync(daoStreams(dao, daoEventTopics, transferTopic));
    const { events } = decodeStreams(r.streams);
    const created = eventsNamed(events, "ProposalCreated").map((e) => ({ ...e.args }));
    const votes = [...eventsNamed(events, "VoteCast"), ...eventsNamed(events, "VoteCastWithParams")].map(
      (e) => e.args,
    );
    const client = createPublicClient({ transport: http(devnet.rpcUrl) });
    const ids = created.map((c) => c.proposalId);
    const inputs = await readVerificationInputs(client, dao.governor, created[0], ids, BigInt(r.syncedTo));
    const v = verifyDao({
      block: r.syncedTo,
      scheme: idSchemeFrom(created, inputs.hashFromGovernor),
      created,
      votes,
      onchainTallies: inputs.tallies,
    });
    expect(v).toMatchObject({
      scheme: "content-hash",
      forged: [],
      mismatched: [],
      verified: true,
      block: r.syncedTo,
    });
    expect(votes.length).toBeGreaterThan(0);
  });
});
