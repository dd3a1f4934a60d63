import { decodeFunctionData, encodeFunctionData, erc20Abi, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import type { Draft } from "./draft";
import { draftToSafeBatch, parseSafeBatch, safeBatchItem } from "./safe-batch";

const USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48";
const SPENDER = "0x474e5Ded6b5D078163BFB8F6dBa355C3aA5478C8";
const SAFE = "0xA77DE01e157f9f57C7c4A326eeE9C4874D0598b6";
const multiAbi = parseAbi(["function airdrop(address[] to, uint256[] amounts, (string name, bool on) cfg)"]);

// Shaped as Safe{Wallet}'s Transaction Builder 1.18 writes it: `data: null` with the method and its values as
// text (arrays and tuples as JSON text), `internalType` on inputs, a checksum in meta, and one raw-data call.
const safeFile = {
  version: "1.0",
  chainId: "1",
  createdAt: 1761326849944,
  meta: {
    name: "Transactions Batch",
    description: "",
    txBuilderVersion: "1.18.2",
    createdFromSafeAddress: SAFE,
    createdFromOwnerAddress: "",
    checksum: "0x8b5032f716845c8b08bab3d63dbd9ba92e056f3557793cd041e59b84e16aa989",
  },
  transactions: [
    {
      to: USDC,
      value: "0",
      data: null,
      contractMethod: {
        inputs: [
          { internalType: "address", name: "spender", type: "address" },
          { internalType: "uint256", name: "value", type: "uint256" },
        ],
        name: "approve",
        payable: false,
      },
      contractInputsValues: { spender: SPENDER, value: "100000000000" },
    },
    {
      to: SPENDER,
      value: "1000000000000000000",
      data: null,
      contractMethod: {
        inputs: [
          { internalType: "address[]", name: "to", type: "address[]" },
          { internalType: "uint256[]", name: "amounts", type: "uint256[]" },
          {
            internalType: "struct Cfg",
            name: "cfg",
            type: "tuple",
            components: [
              { internalType: "string", name: "name", type: "string" },
              { internalType: "bool", name: "on", type: "bool" },
            ],
          },
        ],
        name: "airdrop",
        payable: true,
      },
      contractInputsValues: {
        to: `["${SAFE}","${USDC}"]`,
        amounts: "[1,2]",
        cfg: '["round one",true]',
      },
    },
    {
      to: USDC,
      value: "0",
      data: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [SPENDER, 5n] }),
      contractMethod: null,
      contractInputsValues: null,
    },
  ],
};

const asDraft = (actions: ReturnType<typeof parseSafeBatch>["actions"]): Draft => ({
  id: "d",
  chainId: 1,
  governor: SAFE,
  title: "Imported",
  body: "",
  items: [{ id: "i", input: null, actions }],
  createdAt: 0,
  updatedAt: 0,
});

describe("a real-shaped Safe Transaction Builder file", () => {
  it("reads every transaction, encoding methods given by their values", () => {
    const { chainId, name, actions } = parseSafeBatch(JSON.stringify(safeFile));
    expect({ chainId, name, count: actions.length }).toEqual({
      chainId: 1,
      name: "Transactions Batch",
      count: 3,
    });
    expect(decodeFunctionData({ abi: erc20Abi, data: actions[0]?.calldata ?? "0x" }).args).toEqual([
      SPENDER,
      100_000_000_000n,
    ]);
    expect(actions[1]?.value).toBe(10n ** 18n);
    expect(actions[1]?.calldata).toBe(
      encodeFunctionData({
        abi: multiAbi,
        functionName: "airdrop",
        args: [[SAFE, USDC], [1n, 2n], { name: "round one", on: true }],
      }),
    );
    expect(actions[2]?.calldata).toBe(safeFile.transactions[2]?.data);
  });

  it("round-trips: Safe file → draft → Safe file → the same actions", () => {
    const first = parseSafeBatch(JSON.stringify(safeFile)).actions;
    const exported = draftToSafeBatch(asDraft(first), SAFE, 7);
    expect(exported.chainId).toBe("1");
    expect(exported.transactions.map((t) => t.to)).toEqual(safeFile.transactions.map((t) => t.to));
    expect(parseSafeBatch(JSON.stringify(exported)).actions).toEqual(first);
  });

  it("imports into a draft of the same chain as one block kept as given", () => {
    const item = safeBatchItem(JSON.stringify(safeFile), 1, "x");
    expect(item).toMatchObject({ id: "x", input: null });
    expect(item.actions).toHaveLength(3);
  });

  it.each([
    [
      JSON.stringify(safeFile),
      31337,
      "This Safe batch is for chain 1; this DAO is on chain 31337. Nothing was imported.",
    ],
    [JSON.stringify({ ...safeFile, transactions: [] }), 1, "This Safe batch has no transactions."],
    ["{ not json", 1, "The file is not JSON."],
    [JSON.stringify({ ...safeFile, chainId: undefined }), 1, "The Safe file has no valid chainId."],
    [
      JSON.stringify({ ...safeFile, transactions: [{ ...safeFile.transactions[2], data: "0xzz" }] }),
      1,
      "Transaction 1's data is not hex bytes.",
    ],
    [
      JSON.stringify({
        ...safeFile,
        transactions: [
          { ...safeFile.transactions[0], contractInputsValues: { spender: "nope", value: "1" } },
        ],
      }),
      1,
      "Transaction 1: spender:",
    ],
  ])("refuses a bad file with a clear message (%#)", (text, chainId, message) => {
    expect(() => safeBatchItem(text, chainId, "x")).toThrow(message);
  });
});
