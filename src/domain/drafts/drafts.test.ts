import { decodeFunctionData, erc20Abi, keccak256, stringToBytes, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { type Draft, draftActions, draftDescription, moveItem } from "./draft";
import {
  DraftTooLongError,
  decodeDraftLink,
  decodeSharedDraft,
  encodeDraftLink,
  MAX_LINK_CHARS,
} from "./link-codec";
import { draftToSafeBatch, parseSafeBatch } from "./safe-batch";
import { DraftFormatError, draftToJson, parseDraftText } from "./serialize";
import { encodeRatify, encodeRetire } from "./template-charter";
import { encodeGrant, type GrantAsset } from "./template-grant";

const TUSD = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const CHARTER = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const assets: GrantAsset[] = [
  { asset: "ETH", symbol: "ETH", decimals: 18, balance: 100n * 10n ** 18n },
  { asset: TUSD, symbol: "tUSD", decimals: 6, balance: 50_000n * 10n ** 6n },
];

const draft = (over: Partial<Draft> = {}): Draft => ({
  id: "d1",
  chainId: 31337,
  governor: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  title: "Grant: eval suite",
  body: "Two recipients.\n\n- one\n- two",
  items: [
    {
      id: "i1",
      input: { kind: "grant", lines: [{ to: ALICE, asset: "ETH", amount: "1.5" }] },
      actions: [{ target: ALICE, value: 1_500_000_000_000_000_000n, calldata: "0x", label: "Pay" }],
    },
    { id: "i2", input: null, actions: [{ target: TUSD, value: 0n, calldata: "0xa9059cbb" }] },
  ],
  createdAt: 1,
  updatedAt: 2,
  ...over,
});

describe("grant template", () => {
  it("encodes an ETH transfer and an ERC-20 transfer per recipient", () => {
    const r = encodeGrant(
      [
        { to: ALICE, asset: "ETH", amount: "2.5" },
        { to: BOB.toLowerCase(), asset: TUSD, amount: "12,000.25" },
      ],
      assets,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.actions[0]).toMatchObject({ target: ALICE, value: 2_500_000_000_000_000_000n, calldata: "0x" });
    expect(r.actions[1]).toMatchObject({ target: TUSD, value: 0n });
    expect(decodeFunctionData({ abi: erc20Abi, data: r.actions[1]?.calldata ?? "0x" }).args).toEqual([
      BOB,
      12_000_250_000n,
    ]);
  });

  it.each([
    [
      [{ to: "0x12", asset: "ETH", amount: "1" }],
      { field: "to", line: 0, message: "Not an address (0x and 40 hex digits)." },
    ],
    [
      [{ to: ALICE, asset: TUSD, amount: "1.0000001" }],
      { field: "amount", line: 0, message: "Too many decimals: this token has 6." },
    ],
    [
      [{ to: ALICE, asset: "ETH", amount: "0" }],
      { field: "amount", line: 0, message: "The amount must be more than zero." },
    ],
    [
      [{ to: ALICE, asset: "ETH", amount: "-3" }],
      { field: "amount", line: 0, message: "The amount cannot be negative." },
    ],
    [
      [{ to: ALICE, asset: "ETH", amount: "101" }],
      { field: "amount", line: 0, message: "More than the treasury holds: 100 ETH." },
    ],
    [
      [
        { to: ALICE, asset: TUSD, amount: "30000" },
        { to: BOB, asset: TUSD, amount: "30000" },
      ],
      {
        field: "amount",
        line: 1,
        message: "More than the treasury holds: 50000 tUSD in all, across the lines above.",
      },
    ],
    [
      [{ to: ALICE, asset: zeroAddress, amount: "1" }],
      { field: "asset", line: 0, message: "Pick an asset the treasury holds." },
    ],
    [[], { field: "lines", message: "Add at least one recipient." }],
  ])("refuses %j", (lines, error) => {
    expect(encodeGrant(lines, assets)).toEqual({ ok: false, errors: [error] });
  });
});

describe("charter templates", () => {
  it("ratifies with the text as a data: URI and its keccak256 as the content hash", () => {
    const r = encodeRatify(CHARTER, "Right to contest", "Anyone may contest.", "");
    if (!r.ok) throw new Error("not ok");
    const { functionName, args } = decodeFunctionData({
      abi: ethicsCharterAbi,
      data: r.actions[0]?.calldata ?? "0x",
    });
    const doc = "# Right to contest\n\nAnyone may contest.\n";
    expect(functionName).toBe("ratify");
    expect(args).toEqual([
      "Right to contest",
      `data:text/markdown;charset=utf-8,${encodeURIComponent(doc)}`,
      keccak256(stringToBytes(doc)),
    ]);
  });

  it("keeps a given link and retires by id with a reason", () => {
    const r = encodeRatify(CHARTER, "T", "text", "https://example.org/t.md");
    expect(
      r.ok && decodeFunctionData({ abi: ethicsCharterAbi, data: r.actions[0]?.calldata ?? "0x" }).args?.[1],
    ).toBe("https://example.org/t.md");
    const retire = encodeRetire(CHARTER, "3", "Superseded");
    expect(
      retire.ok &&
        decodeFunctionData({ abi: ethicsCharterAbi, data: retire.actions[0]?.calldata ?? "0x" }).args,
    ).toEqual([3n, "Superseded"]);
  });

  it.each([
    [["", "T", "x", ""], "charter", "Pick the charter contract."],
    [[CHARTER, " ", "x", ""], "title", "The principle needs a title."],
    [[CHARTER, "T", "", ""], "text", "Write the text or give a link to it."],
    [
      [CHARTER, "T", "", "javascript:alert(1)"],
      "uri",
      "The link must start with https://, ipfs://, ar:// or data:.",
    ],
  ] as const)("refuses %j", (args, field, message) => {
    expect(encodeRatify(args[0], args[1], args[2], args[3])).toEqual({
      ok: false,
      errors: [{ field, message }],
    });
  });
});

describe("draft files", () => {
  it("round-trips through JSON text, bigints included", () => {
    const d = draft();
    expect(parseDraftText(JSON.stringify(draftToJson(d)))).toEqual(d);
    expect(draftActions(d)).toHaveLength(2);
    expect(draftDescription(d)).toBe("# Grant: eval suite\n\nTwo recipients.\n\n- one\n- two");
  });

  it.each([
    ["not json", "The file is not JSON."],
    [JSON.stringify({ format: "other" }), "This is not a Plenum draft file."],
    [
      JSON.stringify({ ...draftToJson(draft()), version: 9 }),
      "This draft is format version 9; this app reads version 1.",
    ],
    [JSON.stringify({ ...draftToJson(draft()), governor: "0x1" }), "governor is not an address."],
    [
      JSON.stringify({
        ...draftToJson(draft()),
        items: [{ id: "x", input: null, actions: [{ target: ALICE, value: "-1", calldata: "0x" }] }],
      }),
      "items[0].actions[0].value is not a whole number of wei.",
    ],
    [
      JSON.stringify({
        ...draftToJson(draft()),
        items: [{ id: "x", input: null, actions: [{ target: ALICE, value: "1", calldata: "0xzz" }] }],
      }),
      "items[0].actions[0].calldata is not hex bytes.",
    ],
  ])("refuses %s", (text, message) => {
    expect(() => parseDraftText(text)).toThrow(new DraftFormatError(message));
  });

  it("reorders items", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 9)).toEqual(["b", "c", "a"]);
  });
});

describe("share links", () => {
  it("round-trips a draft with a fresh id and time, and stays short", async () => {
    const code = await encodeDraftLink(draft());
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await decodeDraftLink(code, 99);
    expect(back).toEqual({ ...draft(), id: back.id, createdAt: 99, updatedAt: 99 });
    expect(back.id).not.toBe("d1");
    expect((await decodeSharedDraft(code, 99)).proposer).toBeNull();
  });

  it("carries the author's address, so a reader computes the same proposal id", async () => {
    const author = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    const shared = await decodeSharedDraft(await encodeDraftLink(draft(), author), 5);
    expect(shared.proposer).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    expect(shared.draft.title).toBe(draft().title);
  });

  it("encodes up to the size limit and refuses past it with the length", async () => {
    // Random text does not compress: its size in the link is predictable.
    const noise = (n: number) =>
      Array.from({ length: n }, (_, i) => ((i * 2654435761) >>> 7).toString(36).slice(-1)).join("");
    let n = 3_000;
    let code = await encodeDraftLink(draft({ body: noise(n) }));
    while (code.length < MAX_LINK_CHARS - 200) {
      n += 400;
      code = await encodeDraftLink(draft({ body: noise(n) }));
    }
    expect(code.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect((await decodeDraftLink(code, 1)).body).toBe(noise(n));
    const big = encodeDraftLink(draft({ body: noise(n * 2) }));
    await expect(big).rejects.toBeInstanceOf(DraftTooLongError);
    await expect(big).rejects.toThrow(
      /too large for a link \([\d,]+ of at most 6,000 characters\): share the JSON file instead/,
    );
  });

  it.each([
    ["not*base64", "The link's draft code has characters a link code never has."],
    ["AAAA", "The link's draft code is damaged (it does not decompress); ask for the link again."],
  ])("refuses a damaged code %s", async (code, message) => {
    await expect(decodeDraftLink(code, 1)).rejects.toThrow(message);
  });
});

describe("Safe Transaction Builder batches", () => {
  it("round-trips the draft's actions", () => {
    const d = draft();
    const file = draftToSafeBatch(d, "0x0000000000000000000000000000000000000Abc", 5);
    expect(file).toMatchObject({ version: "1.0", chainId: "31337", meta: { name: "Grant: eval suite" } });
    const back = parseSafeBatch(JSON.stringify(file));
    expect(back.chainId).toBe(31337);
    expect(back.actions).toEqual(draftActions(d).map(({ label: _, ...a }) => a));
  });

  it("encodes a transaction given by contractMethod and contractInputsValues (arrays as JSON text)", () => {
    const file = {
      version: "1.0",
      chainId: "1",
      createdAt: 0,
      meta: { name: "x" },
      transactions: [
        {
          to: TUSD,
          value: "0",
          data: null,
          contractMethod: {
            name: "transfer",
            payable: false,
            inputs: [
              { name: "to", type: "address" },
              { name: "value", type: "uint256" },
            ],
          },
          contractInputsValues: { to: ALICE, value: "42" },
        },
      ],
    };
    const [a] = parseSafeBatch(JSON.stringify(file)).actions;
    expect(decodeFunctionData({ abi: erc20Abi, data: a?.calldata ?? "0x" }).args).toEqual([ALICE, 42n]);
  });

  it.each([
    ["{}", "This is not a Safe Transaction Builder file (no transactions list)."],
    ['{"transactions":[],"chainId":"x"}', "The Safe file has no valid chainId."],
    ['{"transactions":[{"to":"0x1"}],"chainId":"1"}', 'Transaction 1 has no valid "to".'],
  ])("refuses %s", (text, message) => {
    expect(() => parseSafeBatch(text)).toThrow(message);
  });
});
