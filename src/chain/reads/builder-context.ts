import { type Address, erc20Abi, type PublicClient } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { type ContractProbe, probeContracts } from "./contract-kinds";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

/** The governor's changeable settings as read at the head; null where this governor lacks the function. */
export type GovernanceSettingsRead = {
  governor: Address;
  timelock: Address | null;
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
  quorumNumerator: bigint | null;
  quorumDenominator: bigint | null;
  lateQuorumVoteExtension: bigint | null;
  timelockMinDelay: bigint | null;
};

/** A principle of a charter, for the retire picker. */
export type CharterPrinciple = { id: bigint; title: string; retired: boolean };

/** What the builder's forms need, read at one block: settings, treasury balances, charters. */
export type BuilderContextRead = {
  blockNumber: bigint;
  settings: GovernanceSettingsRead;
  treasuryEth: bigint;
  tokens: { address: Address; symbol: string; decimals: number; balance: bigint }[];
  charters: { address: Address; principles: CharterPrinciple[] }[];
  probes: ContractProbe[];
};

const MAX_PRINCIPLES = 200n;

async function readPrinciples(
  client: PublicClient,
  charter: Address,
  blockNumber: bigint,
): Promise<CharterPrinciple[]> {
  const count = await client.readContract({
    address: charter,
    abi: ethicsCharterAbi,
    functionName: "principleCount",
    blockNumber,
  });
  const n = count > MAX_PRINCIPLES ? MAX_PRINCIPLES : count;
  const ids = Array.from({ length: Number(n) }, (_, i) => BigInt(i));
  const rows = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: ids.map(
      (id) => ({ address: charter, abi: ethicsCharterAbi, functionName: "principle", args: [id] }) as const,
    ),
  });
  return ids.flatMap((id, i) => {
    const r = rows[i] ? ok(rows[i]) : null;
    return r ? [{ id, title: r[0], retired: r[4] }] : [];
  });
}

/** Reads the governor's settings, the treasury's ETH and token balances and the charters among `candidates`
 * (the DAO's past proposal targets and known contracts), all at the head. */
export async function readBuilderContext(
  client: PublicClient,
  p: { governor: Address; timelock: Address | null; treasury: Address; candidates: readonly Address[] },
): Promise<BuilderContextRead> {
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 });
  const gov = { address: p.governor, abi: ozGovernorAbi } as const;
  const [delay, period, threshold, qNum, qDen, late] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...gov, functionName: "votingDelay" },
      { ...gov, functionName: "votingPeriod" },
      { ...gov, functionName: "proposalThreshold" },
      { ...gov, functionName: "quorumNumerator", args: [] },
      { ...gov, functionName: "quorumDenominator" },
      { ...gov, functionName: "lateQuorumVoteExtension" },
    ],
  });
  const minDelay = p.timelock
    ? await client
        .readContract({ address: p.timelock, abi: ozTimelockAbi, functionName: "getMinDelay", blockNumber })
        .catch(() => null)
    : null;
  const probes = await probeContracts(client, p.candidates, blockNumber);
  const erc20s = probes.filter((x) => x.erc20);
  const [treasuryEth, balances, charters] = await Promise.all([
    client.getBalance({ address: p.treasury, blockNumber }),
    client.multicall({
      ...pinnedMulticall(client, blockNumber),
      contracts: erc20s.map(
        (t) =>
          ({ address: t.address, abi: erc20Abi, functionName: "balanceOf", args: [p.treasury] }) as const,
      ),
    }),
    Promise.all(
      probes
        .filter((x) => x.charter)
        .map(async (c) => ({
          address: c.address,
          principles: await readPrinciples(client, c.address, blockNumber),
        })),
    ),
  ]);
  const req = <T>(r: Parameters<typeof ok<T>>[0] | undefined, what: string): T => {
    const v = r ? ok(r) : null;
    if (v === null) throw new Error(`The governor has no ${what}()`);
    return v;
  };
  // uint48 decodes to a number; the settings keep bigints.
  const lateExt = late ? ok(late) : null;
  return {
    blockNumber,
    settings: {
      governor: p.governor,
      timelock: p.timelock,
      votingDelay: req(delay, "votingDelay"),
      votingPeriod: req(period, "votingPeriod"),
      proposalThreshold: req(threshold, "proposalThreshold"),
      quorumNumerator: qNum ? ok(qNum) : null,
      quorumDenominator: qDen ? ok(qDen) : null,
      lateQuorumVoteExtension: lateExt === null ? null : BigInt(lateExt),
      timelockMinDelay: minDelay,
    },
    treasuryEth,
    tokens: erc20s.flatMap((t, i) => {
      const b = balances[i] ? ok(balances[i]) : null;
      return t.erc20 && b !== null ? [{ address: t.address, ...t.erc20, balance: b }] : [];
    }),
    charters,
    probes,
  };
}
