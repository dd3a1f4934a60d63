import { type PublicClient, toEventSelector } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { charterStreams, syncCharterStreams } from "@/chain/sync/charter-streams";
import { daoStreams } from "@/chain/sync/dao-streams";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { charterCandidates } from "@/domain/charter/actions";
import { charterEventsFrom } from "@/domain/charter/events";
import { charterModel } from "@/domain/charter/model";
import { charterProposalsFrom } from "@/domain/charter/proposals";
import { charterEventsAbi, daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeStreams, eventsNamed } from "@/domain/events/decode";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { createRpcClient } from "../../src/chain/client";
import { chainFor } from "../../src/config/chains";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

let devnet: Devnet;
let client: PublicClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
});

afterAll(async () => {
  await devnet?.stop();
});

const topics = charterEventsAbi.map((e) => toEventSelector(e));

/** Syncs a devnet DAO's core streams without telling the sync about any charter, then its charter streams. */
async function discover(key: "aiCommons" | "computeGuild") {
  const dao = devnet.info.daos.find((d) => d.key === key);
  if (!dao) throw new Error(`no ${key} in devnet.json`);
  const { engine } = engineFor(devnet.rpcUrl);
  const contracts = { ...devnetDaoContracts(devnet.info.chainId, dao), charter: null };
  const core = await engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const coreEvents = decodeStreams(core.streams).events;
  const created = eventsNamed(coreEvents, "ProposalCreated").map((e) => e.args);
  const candidates = charterCandidates(created);
  const sync = await syncCharterStreams(engine, charterStreams(devnet.info.chainId, candidates, topics));
  const decoded = decodeStreams(sync.streams);
  const events = charterEventsFrom(decoded.events);
  const atBlock = sync.syncedTo ?? core.syncedTo;
  const proposals = charterProposalsFrom(coreEvents, dao.governor);
  return {
    dao,
    candidates,
    sync,
    events,
    atBlock,
    model: charterModel({ events, proposals, atBlock, atHead: false }),
  };
}

describe("charter discovery on the seeded devnet", () => {
  it("finds the AI Commons charter from its proposals alone", async () => {
    const { dao, candidates, sync, model } = await discover("aiCommons");
    expect(candidates).toEqual([dao.charter]);
    expect(sync.failed).toEqual([]);
    expect(model.charters).toEqual([dao.charter]);
  });

  it("the model's principles equal the contract's reads at the same block", async () => {
    const { dao, model, atBlock } = await discover("aiCommons");
    if (!dao.charter) throw new Error("AI Commons has no charter in devnet.json");
    const blockNumber = BigInt(atBlock);
    const count = await client.readContract({
      address: dao.charter,
      abi: ethicsCharterAbi,
      functionName: "principleCount",
      blockNumber,
    });
    const onChain = await Promise.all(
      Array.from({ length: Number(count) }, (_, i) =>
        client.readContract({
          address: dao.charter as `0x${string}`,
          abi: ethicsCharterAbi,
          functionName: "principle",
          args: [BigInt(i)],
          blockNumber,
        }),
      ),
    );
    const modelled = [...model.active, ...model.retired].sort((a, b) => Number(a.id - b.id));
    expect(modelled.map((p) => [p.id, p.title, p.uri, p.contentHash, p.retired !== null])).toEqual(
      onChain.map(([title, uri, contentHash, , retired], i) => [BigInt(i), title, uri, contentHash, retired]),
    );
    expect(model.active.length).toBeGreaterThan(0);
    expect(model.retired.length).toBeGreaterThan(0);
    // Every seeded principle came from an executed proposal, found through the execution's transaction.
    for (const p of [...model.active, ...model.retired]) expect(p.ratifiedBy?.via).toBe("transaction");
    for (const p of model.retired) expect(p.retired?.by?.via).toBe("transaction");
  });

  it("Compute Guild has no charter", async () => {
    const { candidates, model } = await discover("computeGuild");
    expect(candidates).toEqual([]);
    expect(model.charters).toEqual([]);
  });
});
