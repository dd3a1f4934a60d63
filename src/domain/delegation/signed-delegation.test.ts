import { describe, expect, it } from "vitest";
import type { SignedDelegation } from "@/contracts/delegation-eip712";
import {
  type DelegationContext,
  delegationProblems,
  delegationToJson,
  delegationToLinkParam,
  duplicateHolders,
  parseDelegation,
  parseDelegations,
} from "./signed-delegation";

const d: SignedDelegation = {
  chainId: 31337,
  token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  delegator: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  delegatee: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  nonce: 3n,
  expiry: 2_000_000_000n,
  signature: `0x${"ab".repeat(65)}`,
};
const ctx: DelegationContext = {
  chainId: 31337,
  token: d.token,
  currentNonce: 3n,
  currentDelegate: null,
  balance: 10n,
  nowSeconds: 1_900_000_000,
  signer: d.delegator,
};

describe("signed delegations", () => {
  it("round-trips through JSON, a link parameter and a full link", () => {
    expect(parseDelegation(delegationToJson(d))).toEqual(d);
    expect(parseDelegation(delegationToLinkParam(d))).toEqual(d);
    expect(
      parseDelegation(`http://x/#/31337/0xabc/delegates?delegation=${delegationToLinkParam(d)}`),
    ).toEqual(d);
    expect(parseDelegations(`${delegationToJson(d)}\n\n${delegationToLinkParam(d)}`)).toHaveLength(2);
    expect(parseDelegations(`[${delegationToJson(d)}]`)).toEqual([d]);
  });

  it.each([
    ["not json", /damaged/],
    ['{"type":"plenum-ballot"}', /not a Plenum delegation/],
    [delegationToJson(d).replace(d.delegatee, "0x123"), /delegatee address is malformed/],
    [delegationToJson(d).replace('"3"', '"-3"'), /nonce is malformed/],
  ])("names what is wrong with %s", (input, message) => {
    expect(() => parseDelegation(input)).toThrow(message);
  });

  it.each<[string, Partial<DelegationContext>, Partial<SignedDelegation>, RegExp | null]>([
    ["would work", {}, {}, null],
    ["replayed (nonce used)", { currentNonce: 4n }, {}, /nonce is used.*replay/],
    ["expired", { nowSeconds: 2_000_000_001 }, {}, /expired/],
    ["wrong chain", { chainId: 1 }, {}, /signed for chain 31337/],
    ["wrong token", { token: d.delegatee }, {}, /another token/],
    ["forged", { signer: d.delegatee }, {}, /does not match the holder/],
    ["already there", { currentDelegate: d.delegatee }, {}, /already delegates to this address/],
    ["no tokens", { balance: 0n }, {}, /no tokens/],
    ["future nonce", {}, { nonce: 9n }, /later nonce/],
  ])("%s", (_, c, change, expected) => {
    const problems = delegationProblems({ ...d, ...change }, { ...ctx, ...c });
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join(" ")).toMatch(expected);
  });

  it.each<[string, Partial<DelegationContext>, string]>([
    ["another chain", { chainId: 1 }, "It was signed for chain 31337, not this chain (1)."],
    [
      "another token",
      { token: d.delegatee },
      `It is for another token (${d.token}), not this DAO's: it cannot be submitted here.`,
    ],
  ])("refuses a delegation for %s with that reason alone", (_, c, message) => {
    // Over another token's domain the signer differs and the nonce is another counter's: neither is reported.
    expect(delegationProblems(d, { ...ctx, ...c, signer: d.delegatee, currentNonce: 9n })).toEqual([message]);
  });

  it("each failure (signer, chain, contract, nonce, expiry) has its own message", () => {
    const cases: Partial<DelegationContext>[] = [
      { signer: d.delegatee },
      { chainId: 1 },
      { token: d.delegatee },
      { currentNonce: 4n },
      { nowSeconds: 2_000_000_001 },
    ];
    const messages = cases.map((c) => delegationProblems(d, { ...ctx, ...c }));
    expect(messages.every((m) => m.length === 1)).toBe(true);
    expect(new Set(messages.map((m) => m[0])).size).toBe(cases.length);
  });

  it("finds holders signed twice in one batch", () => {
    expect(duplicateHolders([d, { ...d, delegatee: d.token }, { ...d, delegator: d.token }])).toEqual([
      d.delegator,
    ]);
  });
});
