import { type Abi, type Address, encodeDeployData, keccak256, parseEther, stringToHex } from "viem";
import { type Chain, connectChain, ethTransfer } from "../../scripts/devnet/chain";
import {
  aiCommonsGovernorAbi,
  aiCommonsGovernorBytecode,
} from "../../src/contracts/generated/ai-commons-governor";
import { ethicsCharterAbi, ethicsCharterBytecode } from "../../src/contracts/generated/ethics-charter";
import {
  timelockControllerAbi,
  timelockControllerBytecode,
} from "../../src/contracts/generated/timelock-controller";
import { compileFixtures } from "./fixture-compile";
import { advance, deployFixture, type FixtureProposal, fixtureCall, governor } from "./fixture-oz5-govern";

/** The audit DAO: unlike the demo on purpose (6-decimal token with burns, two paid-out ERC-20s, a forwarder). */
export type AuditDao = {
  governor: Address;
  token: Address;
  timelock: Address;
  charter: Address;
  grantCoin: Address;
  forwarder: Address;
  deployBlock: number;
  /** Blocks to check the past at: after the funding (before any proposal), and after the re-delegation. */
  past: [number, number];
  /** The last block of the seed (a stretch of empty blocks lies before the second proposal). */
  head: number;
  /** Who is who (anvil accounts by index), and two recipients that never send a transaction. */
  people: Record<"owner" | "ana" | "ben" | "cleo" | "hugo" | "wanda" | "eli", Address>;
  recipients: [Address, Address];
  proposals: Record<"paid" | "second" | "defeated", FixtureProposal>;
};

const SOURCES = [
  { source: "test/fixtures/contracts/audit/AuditCredit.sol", name: "AuditCredit" as const },
  { source: "test/fixtures/contracts/audit/GrantCoin.sol", name: "GrantCoin" as const },
  { source: "test/fixtures/contracts/audit/Forwarder.sol", name: "Forwarder" as const },
];
const USDC = 10n ** 6n; // the audit token's unit (6 decimals)
const GRC = 10n ** 18n;
const ZERO: Address = "0x0000000000000000000000000000000000000000";
/** Timelock delay (seconds), voting delay and period (blocks). */
export const AUDIT_PARAMS = { timelockDelay: 60, votingDelay: 1, votingPeriod: 20, quorumPercent: 4n };

/** Deploys and seeds the audit DAO on `rpcUrl` (needs anvil's 20 default accounts; uses 13..19). */
export async function deployAuditDao(rpcUrl: string): Promise<AuditDao> {
  const chain = connectChain(rpcUrl);
  const a = compileFixtures("fixtures-audit", SOURCES);
  const acc = await chain.accounts();
  const pick = (i: number) => {
    const x = acc[i];
    if (!x) throw new Error(`anvil has no account ${i}`);
    return x;
  };
  const people = {
    owner: pick(13),
    ana: pick(14),
    ben: pick(15),
    cleo: pick(16),
    hugo: pick(17),
    eli: pick(18),
    wanda: pick(19),
  };
  const { owner, ana, ben, cleo, hugo, eli, wanda } = people;
  const recipients: [Address, Address] = [
    "0x00000000000000000000000000000000000a0d01",
    "0x00000000000000000000000000000000000a0d02",
  ];
  const [r1, r2] = recipients;
  const token = await deployFixture(chain, owner, a.AuditCredit, [owner]);
  const t = (to: Address, fn: string, args: unknown[]) => fixtureCall(to, a.AuditCredit.abi, fn, args);
  // The whale's tokens predate the governor (as in most DAOs): a sync must start at the token, not the governor.
  await chain.send(owner, t(token, "mint", [people.wanda, 600_000n * USDC]), "mint before governor");
  const grantCoin = await deployFixture(chain, owner, a.GrantCoin, [1_000_000n * GRC]);
  const forwarder = await deployFixture(chain, owner, a.Forwarder, []);
  const p = AUDIT_PARAMS;
  const timelock = await chain.deploy(
    owner,
    encodeDeployData({
      abi: timelockControllerAbi,
      bytecode: timelockControllerBytecode,
      args: [BigInt(p.timelockDelay), [], [ZERO], owner],
    }),
    "deploy timelock",
  );
  const charter = await chain.deploy(
    owner,
    encodeDeployData({ abi: ethicsCharterAbi, bytecode: ethicsCharterBytecode, args: [timelock] }),
    "deploy charter",
  );
  const gov = await chain.deploy(
    owner,
    encodeDeployData({
      abi: aiCommonsGovernorAbi,
      bytecode: aiCommonsGovernorBytecode,
      args: [token, timelock, p.votingDelay, p.votingPeriod, 0n, p.quorumPercent],
    }),
    "deploy governor",
  );
  const deployBlock = await chain.blockNumber();
  const tl = timelockControllerAbi as Abi;
  for (const role of ["PROPOSER_ROLE", "CANCELLER_ROLE"])
    await chain.send(
      owner,
      fixtureCall(timelock, tl, "grantRole", [keccak256(stringToHex(role)), gov]),
      role,
    );
  await chain.send(
    owner,
    fixtureCall(timelock, tl, "renounceRole", [`0x${"00".repeat(32)}`, owner]),
    "renounce",
  );

  const g20 = (fn: string, args: unknown[]) => fixtureCall(grantCoin, a.GrantCoin.abi, fn, args);
  const mints: [Address, bigint][] = [
    [ana, 400_000n],
    [ben, 150_000n],
    [cleo, 100_000n],
    [hugo, 50_000n],
    [eli, 30_000n],
    [timelock, 200_000n],
    [forwarder, 10_000n],
  ];
  for (const [who, n] of mints) await chain.send(owner, t(token, "mint", [who, n * USDC]), "mint");
  // Self-delegation, delegation to a delegate, and a chain (Eli → Ben, whose own tokens go to Cleo).
  await chain.send(ana, t(token, "delegate", [ana]), "delegate");
  await chain.send(cleo, t(token, "delegate", [cleo]), "delegate");
  await chain.send(ben, t(token, "delegate", [cleo]), "delegate");
  await chain.send(eli, t(token, "delegate", [ben]), "delegate");
  // Transfers after delegation (power follows the tokens) and burns (one delegated, one idle).
  await chain.send(ana, t(token, "transfer", [hugo, 25_000n * USDC]), "transfer");
  await chain.send(ben, t(token, "transfer", [eli, 10_000n * USDC]), "transfer");
  await chain.send(cleo, t(token, "burn", [5_000n * USDC]), "burn");
  await chain.send(hugo, t(token, "burn", [1_000n * USDC]), "burn");
  // The treasury: ETH straight in, ERC-20s from an account and from a contract.
  await chain.send(owner, ethTransfer(timelock, parseEther("5")), "fund ETH");
  await chain.send(owner, ethTransfer(forwarder, parseEther("2")), "fund forwarder");
  await chain.send(owner, g20("transfer", [timelock, 50_000n * GRC]), "fund GRC");
  await chain.send(owner, g20("transfer", [forwarder, 1_000n * GRC]), "GRC to forwarder");
  const fw = (fn: string, args: unknown[]) => fixtureCall(forwarder, a.Forwarder.abi, fn, args);
  await chain.send(owner, fw("forward", [grantCoin, timelock, 1_000n * GRC]), "forward GRC");
  await chain.send(owner, fw("forward", [token, timelock, 10_000n * USDC]), "forward AUDC");
  await advance(rpcUrl, 12);
  const past1 = await chain.blockNumber();

  const g = governor(chain, gov, aiCommonsGovernorAbi as Abi);
  const ratify = (title: string) =>
    fixtureCall(charter, ethicsCharterAbi as Abi, "ratify", [
      title,
      `ipfs://audit/${title}`,
      keccak256(stringToHex(title)),
    ]);
  // Pays R1 twice in ETH (and once in GRC), R2 in the DAO's own token, and pulls 2 ETH in from the forwarder.
  const paid = await g.propose(
    ana,
    [
      ethTransfer(r1, parseEther("1")),
      g20("transfer", [r1, 3_000n * GRC]),
      t(token, "transfer", [r2, 20_000n * USDC]),
      ethTransfer(r1, parseEther("0.5")),
      fw("sendEth", [timelock, parseEther("2")]),
      ratify("Transparency"),
    ],
    "# Audit grants, round 1\n\nPays R1 (ETH twice, GRC) and R2 (AUDC); pulls 2 ETH from the forwarder.",
  );
  const voting = () => advance(rpcUrl, 12, p.votingDelay + 1);
  const lifecycle = async (prop: FixtureProposal) => {
    await advance(rpcUrl, 12, p.votingPeriod);
    await g.queue(ana, prop);
    await advance(rpcUrl, p.timelockDelay + 1);
    await g.execute(ana, prop);
  };
  await voting();
  await g.vote(ana, paid, 1, "For.");
  await g.vote(cleo, paid, 0, "Against.");
  await g.vote(ben, paid, 2, "Abstain.");
  await lifecycle(paid);
  // Re-delegation: Ben's own tokens move from Cleo to Ana; Eli's still go to Ben.
  await chain.send(ben, t(token, "delegate", [ana]), "re-delegate");
  // The undelegated whale pays an idle holder (idle to idle: no power moves).
  await chain.send(wanda, t(token, "transfer", [hugo, 100_000n * USDC]), "whale transfer");
  await advance(rpcUrl, 12);
  const past2 = await chain.blockNumber();
  // A stretch with no activity at all.
  await advance(rpcUrl, 12 * 40, 40);
  const second = await g.propose(
    cleo,
    [
      g20("transfer", [r2, 500n * GRC]),
      ethTransfer(r2, parseEther("0.25")),
      ratify("Accountability"),
      fixtureCall(charter, ethicsCharterAbi as Abi, "retire", [0n, "Merged into Accountability"]),
    ],
    "# Audit grants, round 2\n\nPays R2 in GRC and ETH; ratifies a second principle and retires the first.",
  );
  const defeated = await g.propose(
    cleo,
    [ethTransfer(cleo, parseEther("3"))],
    "# Pay Cleo 3 ETH\n\nA proposal the delegates vote down.",
  );
  await voting();
  await g.vote(ana, second, 1, "For.");
  await g.vote(cleo, second, 1, "For.");
  await g.vote(ana, defeated, 0, "No.");
  await g.vote(cleo, defeated, 1, "Yes.");
  await lifecycle(second);
  await advance(rpcUrl, 12);
  return {
    governor: gov,
    token,
    timelock,
    charter,
    grantCoin,
    forwarder,
    deployBlock,
    past: [past1, past2],
    head: await chain.blockNumber(),
    people,
    recipients,
    proposals: { paid, second, defeated },
  };
}

/** The chain helpers, for tests that act on the DAO after the seed. */
export const auditChain = (rpcUrl: string): Chain => connectChain(rpcUrl);
