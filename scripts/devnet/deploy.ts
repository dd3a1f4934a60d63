import { type Address, encodeDeployData, parseUnits } from "viem";
import {
  aiCommonsGovernorAbi,
  aiCommonsGovernorBytecode,
} from "../../src/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi, aiCommonsTokenBytecode } from "../../src/contracts/generated/ai-commons-token";
import {
  computeGuildGovernorAbi,
  computeGuildGovernorBytecode,
} from "../../src/contracts/generated/compute-guild-governor";
import {
  computeGuildTokenAbi,
  computeGuildTokenBytecode,
} from "../../src/contracts/generated/compute-guild-token";
import { ethicsCharterAbi, ethicsCharterBytecode } from "../../src/contracts/generated/ethics-charter";
import { testUsdAbi, testUsdBytecode } from "../../src/contracts/generated/test-usd";
import {
  timelockControllerAbi,
  timelockControllerBytecode,
} from "../../src/contracts/generated/timelock-controller";
import type { Cast } from "./accounts";
import { type Chain, call } from "./chain";

const DAY = 86_400;

/** Governance parameters, chosen so the seed mines ~12k blocks (see the report in scripts/devnet/seed.ts). */
export const PARAMS = {
  aiCommons: {
    votingDelay: 300, // blocks (~1 h at 12 s)
    votingPeriod: 1_800, // blocks (~6 h at 12 s)
    proposalThreshold: parseUnits("10000", 18), // lowered to 1,000 AIC by a seeded proposal
    quorumPercent: 4n,
    timelockDelay: 2 * DAY,
  },
  computeGuild: {
    votingDelay: DAY, // seconds: the guild's token has a timestamp clock
    votingPeriod: 5 * DAY,
    proposalThreshold: parseUnits("1000", 18),
    quorumPercent: 10n,
    lateQuorumExtension: DAY,
  },
} as const;

/** Addresses of every deployed contract plus the blocks the governors were deployed in. */
export type Deployment = {
  aic: Address;
  tusd: Address;
  timelock: Address;
  charter: Address;
  governor: Address;
  cgt: Address;
  guild: Address;
  aiCommonsBlock: number;
  computeGuildBlock: number;
};

/** Deploys AI Commons (from Ada) in a fixed order, so addresses depend only on nonces. */
export async function deployAiCommons(chain: Chain, cast: Cast) {
  const p = PARAMS.aiCommons;
  const from = cast.ada;
  const aic = await chain.deploy(
    from,
    encodeDeployData({ abi: aiCommonsTokenAbi, bytecode: aiCommonsTokenBytecode, args: [from] }),
    "deploy AICommonsToken",
  );
  const tusd = await chain.deploy(
    from,
    encodeDeployData({ abi: testUsdAbi, bytecode: testUsdBytecode, args: [from] }),
    "deploy TestUSD",
  );
  const anyone = "0x0000000000000000000000000000000000000000";
  const timelock = await chain.deploy(
    from,
    encodeDeployData({
      abi: timelockControllerAbi,
      bytecode: timelockControllerBytecode,
      args: [BigInt(p.timelockDelay), [], [anyone], from],
    }),
    "deploy TimelockController",
  );
  const charter = await chain.deploy(
    from,
    encodeDeployData({ abi: ethicsCharterAbi, bytecode: ethicsCharterBytecode, args: [timelock] }),
    "deploy EthicsCharter",
  );
  const governor = await chain.deploy(
    from,
    encodeDeployData({
      abi: aiCommonsGovernorAbi,
      bytecode: aiCommonsGovernorBytecode,
      args: [aic, timelock, p.votingDelay, p.votingPeriod, p.proposalThreshold, p.quorumPercent],
    }),
    "deploy AICommonsGovernor",
  );
  const aiCommonsBlock = await chain.blockNumber();
  // The governor proposes and cancels; execution is open to anyone; then the deployer steps back.
  const role = async (name: "PROPOSER_ROLE" | "CANCELLER_ROLE" | "DEFAULT_ADMIN_ROLE") =>
    chain.publicClient.readContract({ address: timelock, abi: timelockControllerAbi, functionName: name });
  for (const name of ["PROPOSER_ROLE", "CANCELLER_ROLE"] as const) {
    const grant = call(timelock, {
      abi: timelockControllerAbi,
      functionName: "grantRole",
      args: [await role(name), governor],
    });
    await chain.send(from, grant, `timelock.grantRole(${name})`);
  }
  const renounce = call(timelock, {
    abi: timelockControllerAbi,
    functionName: "renounceRole",
    args: [await role("DEFAULT_ADMIN_ROLE"), from],
  });
  await chain.send(from, renounce, "timelock.renounceRole(admin)");
  return { aic, tusd, timelock, charter, governor, aiCommonsBlock };
}

/** Deploys the Compute Guild (from Nadia): token with a timestamp clock, governor without a timelock. */
export async function deployComputeGuild(chain: Chain, cast: Cast) {
  const p = PARAMS.computeGuild;
  const from = cast.nadia;
  const cgt = await chain.deploy(
    from,
    encodeDeployData({ abi: computeGuildTokenAbi, bytecode: computeGuildTokenBytecode, args: [from] }),
    "deploy ComputeGuildToken",
  );
  const guild = await chain.deploy(
    from,
    encodeDeployData({
      abi: computeGuildGovernorAbi,
      bytecode: computeGuildGovernorBytecode,
      args: [cgt, p.votingDelay, p.votingPeriod, p.proposalThreshold, p.quorumPercent, p.lateQuorumExtension],
    }),
    "deploy ComputeGuildGovernor",
  );
  return { cgt, guild, computeGuildBlock: await chain.blockNumber() };
}
