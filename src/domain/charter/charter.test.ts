import { type Address, encodeFunctionData, type Hex, keccak256, sha256, stringToBytes } from "viem";
import { describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { charterActionOf, charterCandidates } from "./actions";
import type { CharterEvent } from "./events";
import { principleCountSeries } from "./history";
import { type CharterProposal, charterModel } from "./model";
import { checkContentHash, decodeDataUri, textSourceOf } from "./text";

const CHARTER = "0x1111111111111111111111111111111111111111" as Address;
const OTHER = "0x2222222222222222222222222222222222222222" as Address;
const hash = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
const tx = (n: number) => `0x${n.toString(16).padStart(64, "a")}` as Hex;

const ratifyData = (title: string, uri = `data:,${title}`, h = hash(1)) =>
  encodeFunctionData({ abi: ethicsCharterAbi, functionName: "ratify", args: [title, uri, h] });
const retireData = (id: bigint, reason: string) =>
  encodeFunctionData({ abi: ethicsCharterAbi, functionName: "retire", args: [id, reason] });

const ratified = (id: bigint, title: string, block: number, txn: number): CharterEvent => ({
  kind: "ratified",
  charter: CHARTER,
  id,
  title,
  uri: `data:,${title}`,
  contentHash: hash(1),
  block,
  logIndex: 0,
  tx: tx(txn),
  timestamp: 1_700_000_000 + block,
});
const retired = (id: bigint, reason: string, block: number, txn: number): CharterEvent => ({
  kind: "retired",
  charter: CHARTER,
  id,
  reason,
  block,
  logIndex: 1,
  tx: tx(txn),
  timestamp: 1_700_000_000 + block,
});

const proposal = (id: bigint, calldatas: Hex[], over: Partial<CharterProposal> = {}): CharterProposal => ({
  id,
  title: `Proposal ${id}`,
  actions: calldatas.map((calldata) => ({ target: CHARTER, value: 0n, calldata })),
  createdBlock: 1,
  executed: null,
  canceledBlock: null,
  state: null,
  ...over,
});

describe("charter actions", () => {
  it("decodes ratify and retire calls and ignores anything else", () => {
    expect(charterActionOf({ target: CHARTER, value: 0n, calldata: ratifyData("A") })).toMatchObject({
      kind: "ratify",
      title: "A",
    });
    expect(charterActionOf({ target: CHARTER, value: 0n, calldata: retireData(3n, "old") })).toMatchObject({
      kind: "retire",
      principleId: 3n,
      reason: "old",
    });
    expect(charterActionOf({ target: CHARTER, value: 0n, calldata: "0xa9059cbb" })).toBeNull();
    // The ratify selector with truncated arguments is not a change we can describe.
    expect(
      charterActionOf({ target: CHARTER, value: 0n, calldata: ratifyData("A").slice(0, 20) as Hex }),
    ).toBeNull();
  });

  it("finds candidates only among targets called with ratify or retire, once each", () => {
    const created = [
      { targets: [CHARTER, OTHER], calldatas: [ratifyData("A"), "0xa9059cbb" as Hex] },
      { targets: [CHARTER.toUpperCase().replace("0X", "0x") as Address], calldatas: [retireData(0n, "x")] },
    ];
    expect(charterCandidates(created)).toEqual([CHARTER]);
    expect(charterCandidates([])).toEqual([]);
  });
});

describe("charterModel", () => {
  const events = [
    ratified(0n, "A", 10, 1),
    ratified(1n, "B", 10, 1),
    ratified(2n, "C", 20, 2),
    retired(1n, "superseded", 30, 3),
  ];
  const proposals = [
    proposal(1n, [ratifyData("A"), ratifyData("B")], {
      executed: { block: 10, tx: tx(1) },
      state: "Executed",
    }),
    // Executed in another transaction than the event (say, straight through the timelock): linked by calldata.
    proposal(2n, [ratifyData("C")], { executed: { block: 19, tx: tx(99) }, state: "Executed" }),
    proposal(3n, [retireData(1n, "superseded")], { executed: { block: 30, tx: tx(3) }, state: "Executed" }),
    proposal(4n, [ratifyData("D")], { createdBlock: 25, state: "Active" }),
    proposal(5n, [ratifyData("E")], { createdBlock: 25, state: "Defeated" }),
    proposal(6n, [ratifyData("F")], { createdBlock: 26, canceledBlock: 27, state: "Canceled" }),
  ];

  it("at the head: current, retired with reason and retiring proposal, and live pending changes", () => {
    const m = charterModel({ events, proposals, atBlock: 40, atHead: true });
    expect(m.charters).toEqual([CHARTER]);
    expect(m.active.map((p) => [p.title, p.ratifiedBy?.id, p.ratifiedBy?.via])).toEqual([
      ["A", 1n, "transaction"],
      ["C", 2n, "calldata"],
    ]);
    expect(m.retired).toHaveLength(1);
    expect(m.retired[0]?.retired).toMatchObject({ reason: "superseded", by: { id: 3n, via: "transaction" } });
    expect(m.pending.map((p) => p.proposal.id)).toEqual([4n]);
    expect(m.pending[0]?.changes[0]).toMatchObject({ kind: "ratify", title: "D" });
  });

  it("as of a past block: only what had happened by then; pending judged from the logs", () => {
    const m = charterModel({ events, proposals, atBlock: 26, atHead: false });
    expect(m.active.map((p) => p.title)).toEqual(["A", "B", "C"]);
    expect(m.retired).toEqual([]);
    // At block 26 the retire proposal (3) was not executed yet; 5 and 6 were not ended by then.
    expect(m.pending.map((p) => p.proposal.id)).toEqual([3n, 4n, 5n, 6n]);
    expect(m.pending.every((p) => p.proposal.state === null)).toBe(true);
    const before = charterModel({ events, proposals, atBlock: 5, atHead: false });
    expect(before.charters).toEqual([]);
    expect(before.active).toEqual([]);
  });

  it("keeps adopted charters with no events and ignores a retire of an unknown id", () => {
    const m = charterModel({
      events: [retired(7n, "never ratified", 5, 5)],
      proposals: [],
      adopted: [OTHER],
      atBlock: 10,
      atHead: true,
    });
    expect(m.charters).toEqual([OTHER, CHARTER]);
    expect(m.active).toEqual([]);
    expect(m.retired).toEqual([]);
  });

  it("leaves a principle unlinked when no executed proposal made it", () => {
    const m = charterModel({ events: [ratified(0n, "A", 10, 1)], proposals: [], atBlock: 10, atHead: true });
    expect(m.active[0]?.ratifiedBy).toBeNull();
  });
});

describe("principleCountSeries", () => {
  it("counts principles in force and retired after each block, one point per block", () => {
    const events = [
      ratified(0n, "A", 10, 1),
      ratified(1n, "B", 10, 1),
      retired(0n, "x", 20, 2),
      ratified(2n, "C", 30, 3),
    ];
    expect(principleCountSeries(events, 100).map((p) => [p.block, p.active, p.retired])).toEqual([
      [10, 2, 0],
      [20, 1, 1],
      [30, 2, 1],
    ]);
    expect(principleCountSeries(events, 25)).toHaveLength(2);
    expect(principleCountSeries([], 100)).toEqual([]);
  });
});

describe("principle text", () => {
  it("decodes percent-encoded and base64 data: URIs, and rejects malformed ones", () => {
    expect(decodeDataUri("data:text/markdown;charset=utf-8,%23%20Hi%0A")).toEqual({
      mediaType: "text/markdown",
      text: "# Hi\n",
    });
    expect(decodeDataUri(`data:text/plain;base64,${btoa("hello")}`)?.text).toBe("hello");
    expect(decodeDataUri("data:,%E0%A4%A")).toBeNull();
    expect(decodeDataUri("https://x")).toBeNull();
  });

  it("classifies URIs: inline, remote with host, and the ones it will not fetch", () => {
    expect(textSourceOf("data:,<script>alert(1)</script>")).toEqual({
      kind: "inline",
      mediaType: "text/plain",
      text: "<script>alert(1)</script>",
    });
    expect(textSourceOf("https://charter.example.org/p/1.md")).toEqual({
      kind: "remote",
      url: "https://charter.example.org/p/1.md",
      host: "charter.example.org",
    });
    expect(textSourceOf("ipfs://bafy").kind).toBe("unsupported");
    expect(textSourceOf("javascript:alert(1)").kind).toBe("unsupported");
    expect(textSourceOf("").kind).toBe("unsupported");
  });

  it("checks the content hash: keccak256 or sha256 of the UTF-8 text, zero as no hash", () => {
    const text = "# Title\n\nBody ü\n";
    expect(checkContentHash(text, keccak256(stringToBytes(text)))).toEqual({
      kind: "matches",
      algorithm: "keccak256",
    });
    expect(checkContentHash(text, sha256(stringToBytes(text)))).toEqual({
      kind: "matches",
      algorithm: "sha256",
    });
    expect(checkContentHash(`${text} `, keccak256(stringToBytes(text)))).toEqual({ kind: "does-not-match" });
    expect(checkContentHash(text, hash(0))).toEqual({ kind: "no-hash" });
  });
});
