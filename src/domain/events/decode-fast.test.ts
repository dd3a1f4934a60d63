import {
  type Abi,
  decodeEventLog,
  encodeAbiParameters,
  encodeEventTopics,
  type Hex,
  pad,
  parseAbi,
  toEventSelector,
} from "viem";
import { describe, expect, it } from "vitest";
import { synthLogs } from "../../../bench/mainthread-logs";
import { alphaVoteCastAbi } from "../bravo/events-abi";
import { daoEventsAbi, erc721TransferAbi } from "./dao-events-abi";
import { decodeLog } from "./decode";
import { createFastDecoder } from "./decode-fast";
import { decodeGeneric } from "./decode-generic";

type Outcome = { ok: true; value: unknown } | { ok: false };
const attempt = (f: () => unknown): Outcome => {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
};
/** The app's decoder and viem's generic path on one log: both decode it to the same value, or both refuse. */
const bothOf = (topics: Hex[], data: Hex) => ({
  app: attempt(() => decodeLog(topics, data)),
  viem: attempt(() => {
    const [sig, ...rest] = topics;
    if (!sig) throw new Error("no topics");
    return decodeGeneric([sig, ...rest], data);
  }),
});
const same = (topics: Hex[], data: Hex) => {
  const { app, viem } = bothOf(topics, data);
  expect(app).toStrictEqual(viem);
  return app;
};

const addr = (n: number): Hex => `0x${n.toString(16).padStart(40, "0")}`;
const mixed = "0xabcdef0123456789abcdef0123456789abcdef01";
const topicsOf = (abi: Abi, eventName: string, args?: Record<string, unknown>) =>
  encodeEventTopics({ abi, eventName, args } as Parameters<typeof encodeEventTopics>[0]).filter(
    (t): t is Hex => typeof t === "string",
  );
const event = (name: string) => {
  const e = daoEventsAbi.find((x) => x.name === name);
  if (!e) throw new Error(name);
  return e;
};
const dataOf = (name: string, values: unknown[]) =>
  encodeAbiParameters(
    event(name).inputs.filter((i) => !("indexed" in i && i.indexed)),
    values as never,
  );

describe("the fast decoder against viem's generic path", () => {
  it("decodes every log of the synthetic bench DAO as viem does (mints, delegations, proposals, votes)", () => {
    const logs = synthLogs(1);
    let decoded = 0;
    // Every proposal, and a sample of the rest (viem's path takes ~0.1 ms a log on a loaded machine).
    const sample = logs.filter(
      (l, i) => i % 40 === 0 || l.topics[0] === toEventSelector(event("ProposalCreated")),
    );
    for (const l of sample) if (same(l.topics, l.data).ok) decoded++;
    expect(decoded).toBe(sample.length);
    expect(sample.length).toBeGreaterThan(900);
  }, 60_000);

  it("decodes each DAO event with typical and extreme values", () => {
    const voter = { voter: mixed };
    const cases: [Hex[], Hex][] = [
      [
        topicsOf(daoEventsAbi, "VoteCast", voter),
        dataOf("VoteCast", [2n ** 256n - 1n, 2, 0n, "Ja, naturlich ✓ 🚀"]),
      ],
      [topicsOf(daoEventsAbi, "VoteCast", voter), dataOf("VoteCast", [1n, 255, 10n ** 30n, ""])],
      [
        topicsOf(daoEventsAbi, "VoteCastWithParams", voter),
        dataOf("VoteCastWithParams", [7n, 1, 3n, "why", "0xDEADbeef"]),
      ],
      [
        topicsOf(daoEventsAbi, "VoteCastWithParams", voter),
        dataOf("VoteCastWithParams", [7n, 1, 3n, "", "0x"]),
      ],
      [
        topicsOf(daoEventsAbi, "ProposalCreated"),
        dataOf("ProposalCreated", [1n, mixed, [], [], [], [], 5n, 9n, ""]),
      ],
      [
        topicsOf(daoEventsAbi, "ProposalCreated"),
        dataOf("ProposalCreated", [
          2n,
          mixed,
          [addr(1), addr(2)],
          [0n, 5n],
          ["", "transfer(address,uint256)"],
          ["0x1234", pad("0x01")],
          5n,
          9n,
          "# Title\n\nbody",
        ]),
      ],
      [
        topicsOf(daoEventsAbi, "ProposalExtended", { proposalId: 77n }),
        dataOf("ProposalExtended", [2n ** 64n - 1n]),
      ],
      [topicsOf(daoEventsAbi, "LateQuorumVoteExtensionSet"), dataOf("LateQuorumVoteExtensionSet", [0n, 50n])],
      [topicsOf(daoEventsAbi, "TimelockChange"), dataOf("TimelockChange", [addr(0), mixed])],
      [
        topicsOf(daoEventsAbi, "RoleGranted", {
          role: pad("0xAB", { dir: "right" }),
          account: mixed,
          sender: addr(3),
        }),
        "0x",
      ],
      [
        topicsOf(daoEventsAbi, "CallScheduled", { id: pad("0x01"), index: 3n }),
        dataOf("CallScheduled", [mixed, 10n ** 18n, "0xa9059cbb00", pad("0x0F"), 172800n]),
      ],
      [topicsOf(daoEventsAbi, "CallSalt", { id: pad("0x02") }), dataOf("CallSalt", [pad("0xFE")])],
      [topicsOf(daoEventsAbi, "Cancelled", { id: pad("0x03") }), "0x"],
      [
        topicsOf(daoEventsAbi, "PrincipleRatified", { id: 4n }),
        dataOf("PrincipleRatified", ["Do no harm", "ipfs://bafy", pad("0x99")]),
      ],
      [topicsOf(daoEventsAbi, "PrincipleRetired", { id: 4n }), dataOf("PrincipleRetired", ["superseded"])],
      [
        topicsOf(daoEventsAbi, "DelegateChanged", {
          delegator: mixed,
          fromDelegate: addr(0),
          toDelegate: mixed,
        }),
        "0x",
      ],
      [
        topicsOf(daoEventsAbi, "DelegateVotesChanged", { delegate: mixed }),
        dataOf("DelegateVotesChanged", [0n, 1n]),
      ],
      [topicsOf(daoEventsAbi, "Transfer", { from: addr(0), to: mixed }), dataOf("Transfer", [1n])],
    ];
    cases.push(
      [
        topicsOf(daoEventsAbi, "CallExecuted", { id: pad("0x01"), index: 0n }),
        dataOf("CallExecuted", [mixed, 0n, "0x"]),
      ],
      [
        topicsOf(daoEventsAbi, "RoleAdminChanged", {
          role: pad("0x01"),
          previousAdminRole: pad("0x02"),
          newAdminRole: pad("0x03"),
        }),
        "0x",
      ],
      [topicsOf(daoEventsAbi, "RoleRevoked", { role: pad("0x01"), account: mixed, sender: addr(9) }), "0x"],
    );
    // The events whose data is only uint256s.
    for (const name of ["ProposalCanceled", "ProposalExecuted", "ProposalQueued", "VotingDelaySet"] as const)
      cases.push([
        topicsOf(daoEventsAbi, name),
        dataOf(
          name,
          event(name).inputs.map((_, i) => BigInt(i) ** 70n),
        ),
      ]);
    for (const name of [
      "VotingPeriodSet",
      "ProposalThresholdSet",
      "QuorumNumeratorUpdated",
      "MinDelayChange",
    ])
      cases.push([topicsOf(daoEventsAbi, name), dataOf(name, [12n, 2n ** 255n])]);
    for (const e of daoEventsAbi) expect(cases.some(([t]) => t[0] === toEventSelector(e))).toBe(true);
    for (const [topics, data] of cases) expect([topics[0], same(topics, data).ok]).toEqual([topics[0], true]);
  });

  it("reads ERC-721 Transfers and GovernorAlpha's VoteCast as the generic path does", () => {
    const nft = topicsOf(erc721TransferAbi, "Transfer", { from: addr(0), to: mixed, tokenId: 9n });
    expect(same(nft, "0x")).toMatchObject({ ok: true, value: { args: { value: 1n } } });
    // An ERC-20 Transfer with a 4th topic still decodes as ERC-20 (viem ignores the extra topic).
    expect(same(nft, pad("0x05"))).toMatchObject({ ok: true, value: { args: { value: 5n } } });
    const alpha = topicsOf(alphaVoteCastAbi, "VoteCast");
    const vote = (support: Hex) =>
      `0x${[addr(5), pad("0x07"), support, pad("0x64")].map((w) => pad(w).slice(2)).join("")}` as Hex;
    expect(same(alpha, vote(pad("0x01")))).toMatchObject({ ok: true, value: { args: { support: 1 } } });
    expect(same(alpha, vote(pad("0x00")))).toMatchObject({ ok: true, value: { args: { support: 0 } } });
    expect(same(alpha, vote(pad("0x02"))).ok).toBe(false);
  });

  it("refuses or decodes malformed logs exactly as viem does", () => {
    const vote = topicsOf(daoEventsAbi, "VoteCast", { voter: mixed });
    const good = dataOf("VoteCast", [1n, 1, 2n, "reason"]);
    const transfer = topicsOf(daoEventsAbi, "Transfer", { from: addr(0), to: mixed });
    const word = (n: number) => pad(`0x${n.toString(16)}`).slice(2);
    const cases: [Hex[], Hex][] = [
      [vote, "0x"],
      [vote, good.slice(0, 60) as Hex],
      [vote, good.slice(0, 2 + 64 * 3) as Hex], // head cut short
      [vote, good.slice(0, good.length - 64) as Hex], // string's bytes cut off
      [vote, `${good}0` as Hex], // odd length
      [vote, `${good.slice(0, 10)}zz${good.slice(12)}` as Hex], // not hex
      [vote, good.toUpperCase().replace("0X", "0x") as Hex],
      [vote, `0x${word(1)}${word(1)}${word(2)}${word(0xffff)}`], // offset outside the data
      [vote, `0x${word(1)}${word(1)}${word(2)}${"f".repeat(64)}`], // huge offset
      [vote, `0x${word(1)}${"f".repeat(64)}${word(2)}${word(128)}${word(0)}`], // uint8 over a safe integer
      [vote, `0x${word(1)}${word(300)}${word(2)}${word(128)}${word(0)}`], // uint8 holding 300
      [vote, `${good}${"00".repeat(40)}`], // trailing bytes
      [[vote[0] as Hex], good], // too few topics
      [[...vote, pad("0x01")], good], // an extra topic
      [[vote[0] as Hex, `0x${"ff".repeat(12)}${mixed.slice(2)}`], good], // dirty address padding
      [[vote[0] as Hex, "0x1234"], good], // short topic
      [[vote[0] as Hex, `${pad(mixed)}00` as Hex], good], // long topic
      [[(vote[0] as Hex).toUpperCase().replace("0X", "0x") as Hex, vote[1] as Hex], good], // upper-case topic0
      [[pad("0x1234"), vote[1] as Hex], good], // unknown event
      [transfer, "0x"],
      [transfer, pad("0x01", { size: 16 })],
      [[], "0x"],
    ];
    const outcomes = cases.map(([t, d]) => same(t, d).ok);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});

describe("createFastDecoder on types the DAO events do not use", () => {
  const abi = parseAbi([
    "event Named(string indexed label, bytes indexed blob, uint256[] indexed list, int256 delta, int8 small)",
    "event Lists(address[] who, string[] names, (uint256 a, string b) pair, bool flag, bytes4 sel, uint32 n)",
  ]);
  const fast = createFastDecoder(abi.map((event) => ({ event })));
  const viem = (topics: Hex[], data: Hex) =>
    attempt(() => decodeEventLog({ abi, topics: topics as [Hex, ...Hex[]], data, strict: true }));
  const check = (topics: Hex[], data: Hex) => {
    const app = attempt(() => {
      const d = fast.decode(topics, data);
      return d ?? decodeEventLog({ abi, topics: topics as [Hex, ...Hex[]], data, strict: true });
    });
    expect(app).toStrictEqual(viem(topics, data));
    return app;
  };

  it("returns indexed dynamic values as their hashes and leaves signed ints and arrays to viem", () => {
    const named = [toEventSelector(abi[0]), pad("0x0a"), pad("0x0b"), pad("0x0c")];
    const data = encodeAbiParameters([{ type: "int256" }, { type: "int8" }], [-(2n ** 255n), -5]);
    expect(check(named, data)).toMatchObject({
      ok: true,
      value: { args: { delta: -(2n ** 255n), small: -5 } },
    });
    const lists = topicsOf(abi, "Lists");
    const listData = encodeAbiParameters(abi[1].inputs, [
      [],
      ["a", ""],
      { a: 1n, b: "β" },
      true,
      "0xa9059cbb",
      7,
    ]);
    expect(check(lists, listData).ok).toBe(true);
    expect(check(lists, "0x").ok).toBe(false);
  });
});
