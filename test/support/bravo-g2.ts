import {
  type Abi,
  type Address,
  encodeAbiParameters,
  encodeDeployData,
  encodeFunctionData,
  getContractAddress,
  type Hex,
  numberToHex,
  parseEther,
} from "viem";
import { connectChain } from "../../scripts/devnet/chain";
import { rpcCall } from "../chaos/anvil";
import { alphaBytecode, uniswap } from "./bravo-alpha";
import { compileBravoG2Fixtures } from "./bravo-g2-compile";

/** The seeded GovernorBravo DAO: the delegator (the governor's address), its proposals by story name. */
export type BravoDao = {
  governor: Address;
  implementation: Address;
  /** The GovernorAlpha it took over from (its one proposal handed the timelock over; Bravo's ids continue). */
  alpha: Address;
  timelock: Address;
  uni: Address;
  proposals: { executed: bigint; defeated: bigint; queued: bigint; canceled: bigint; active: bigint };
  /** Holds votes at the active proposal's snapshot and has not voted on it. */
  voterLeft: Address;
  /** The holders a, b, c, d, in order (a proposes the executed and the active proposals). */
  holders: readonly [Address, Address, Address, Address];
};

const M = (n: number) => parseEther(String(n * 1_000_000));
const DAY = 24 * 3600;
/** Bravo's voting period in blocks, written into the delegator's storage after `initialize` (see below). */
export const BRAVO_VOTING_PERIOD = 480;
// GovernorBravoDelegate's MIN_VOTING_PERIOD is 5,760 blocks; mining that for every story would take minutes and
// age the devnet past anvil's state window, so the stored votingPeriod (slot 4: admin, pendingAdmin,
// implementation, votingDelay, votingPeriod) is set with anvil_setStorageAt, the source left verbatim.
const VOTING_PERIOD_SLOT = numberToHex(4, { size: 32 });
const THRESHOLD = 50_000n * 10n ** 18n;

/** Deploys UNI, Compound's Timelock, a GovernorAlpha that hands the timelock to a GovernorBravoDelegator (G2)
 * through a passed proposal, `_initiate`s Bravo from it, and seeds proposals executed, defeated, queued,
 * canceled and active, with For, Against and Abstain votes and reasons; the timelock holds ETH and UNI. */
export async function deployBravoDao(rpcUrl: string, accounts: readonly Address[]): Promise<BravoDao> {
  const art = compileBravoG2Fixtures();
  const chain = connectChain(rpcUrl);
  const [deployer, a, b, c, d] = pick(accounts);
  const nonce = await chain.publicClient.getTransactionCount({ address: deployer });
  const alphaAt = getContractAddress({ from: deployer, nonce: BigInt(nonce + 2) });
  const now = BigInt(await chain.now());
  const deploy = (x: { abi: Abi; bytecode: Hex }, args: readonly unknown[], label: string) =>
    chain.deploy(deployer, encodeDeployData({ abi: x.abi, bytecode: x.bytecode, args }), label);
  const uni = await deploy(uniswap.uni, [deployer, deployer, now + 3650n * BigInt(DAY)], "deploy UNI");
  const timelock = await deploy(uniswap.timelock, [alphaAt, BigInt(2 * DAY)], "deploy Timelock");
  const alphaArt = { abi: uniswap.governor.abi, bytecode: alphaBytecode() };
  const alpha = await deploy(alphaArt, [timelock, uni], "deploy GovernorAlpha");
  if (alpha !== alphaAt) throw new Error("GovernorAlpha landed at an unexpected address");
  const implementation = await deploy(art.GovernorBravoDelegate, [], "deploy GovernorBravoDelegate");
  const governor = await deploy(
    art.GovernorBravoDelegator,
    [timelock, uni, deployer, implementation, 5760n, 1n, THRESHOLD],
    "deploy GovernorBravoDelegator",
  );

  const tx = (from: Address, to: Address, abi: Abi, fn: string, args: readonly unknown[], value = 0n) =>
    chain.send(from, { to, value, data: encodeFunctionData({ abi, functionName: fn, args }) }, fn);
  const token = (from: Address, fn: string, args: readonly unknown[]) =>
    tx(from, uni, uniswap.uni.abi, fn, args);
  for (const [who, amount] of [
    [a, 50],
    [b, 30],
    [c, 20],
    [d, 5],
    [timelock, 100],
  ] as const)
    await token(deployer, "transfer", [who, M(amount)]);
  for (const who of [a, b, c, d]) await token(who, "delegate", [who]);
  await chain.send(deployer, { to: timelock, value: parseEther("25"), data: "0x" }, "fund timelock");
  await chain.mine(2);

  // The migration, as Compound and Uniswap did it: an Alpha proposal makes Bravo the timelock's pending admin.
  const alphaGov = (fn: string, args: readonly unknown[]) => tx(a, alpha, uniswap.governor.abi, fn, args);
  const handOver = encodeAbiParameters([{ type: "address" }], [governor]);
  await alphaGov("propose", [
    [timelock],
    [0n],
    ["setPendingAdmin(address)"],
    [handOver],
    "# Upgrade to Governor Bravo\n\nMakes the GovernorBravoDelegator the timelock's pending admin.",
  ]);
  await chain.mine(2);
  await alphaGov("castVote", [1n, true]);
  await chain.mine(45);
  await alphaGov("queue", [1n]);
  await chain.goto((await chain.now()) + 2 * DAY + 60);
  await alphaGov("execute", [1n]);
  await rpcCall(rpcUrl, "anvil_setStorageAt", [
    governor,
    VOTING_PERIOD_SLOT,
    numberToHex(BRAVO_VOTING_PERIOD, { size: 32 }),
  ]);
  const bravoAbi = art.GovernorBravoDelegate.abi;
  await tx(deployer, governor, bravoAbi, "_initiate", [alpha]);

  const gov = (from: Address, fn: string, args: readonly unknown[]) => tx(from, governor, bravoAbi, fn, args);
  const count = async () =>
    (await chain.publicClient.readContract({
      address: governor,
      abi: bravoAbi,
      functionName: "proposalCount",
    })) as bigint;
  const grant = async (from: Address, to: Address, amount: bigint, description: string) => {
    const data = encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [to, amount]);
    await gov(from, "propose", [[uni], [0n], ["transfer(address,uint256)"], [data], description]);
    return count();
  };
  const vote = (who: Address, id: bigint, support: number, reason: string) =>
    gov(who, "castVoteWithReason", [id, support, reason]);

  const executed = await grant(a, d, M(1), "# Bravo grant: bridge audit\n\nPays 1M UNI for an audit.");
  const defeated = await grant(b, c, M(2), "# Bravo grant: liquidity mining\n\nPays 2M UNI to a pool.");
  const queued = await grant(c, d, M(0.5), "# Bravo grant: analytics\n\nPays 500k UNI for dashboards.");
  const canceled = await grant(d, d, M(0.25), "# Bravo grant: swag\n\nPays 250k UNI for merchandise.");
  await chain.mine(2);
  await gov(d, "cancel", [canceled]);
  await vote(a, executed, 1, "Audits before anything else.");
  await vote(b, executed, 0, "Too expensive for one audit.");
  await vote(c, executed, 2, "We bid on it: abstaining.");
  await vote(a, defeated, 0, "Mercenary liquidity.");
  await vote(b, defeated, 1, "");
  await vote(d, defeated, 1, "Pools need depth.");
  await vote(a, queued, 1, "Cheap and useful.");
  await vote(c, queued, 1, "");
  await chain.mine(BRAVO_VOTING_PERIOD);
  await gov(d, "queue", [executed]);
  await gov(d, "queue", [queued]);
  await chain.goto((await chain.now()) + 2 * DAY + 60);
  await gov(d, "execute", [executed]);

  const active = await grant(
    a,
    b,
    M(1),
    "# Bravo grant: portal hosting\n\nPays 1M UNI for a year of hosting.",
  );
  await chain.mine(2);
  await vote(b, active, 0, "Hosting should be paid in stablecoins.");
  await vote(c, active, 2, "No view on hosting.");
  await vote(d, active, 1, "The portal is how people vote.");
  return {
    governor,
    implementation,
    alpha,
    timelock,
    uni,
    proposals: { executed, defeated, queued, canceled, active },
    voterLeft: a,
    holders: [a, b, c, d],
  };
}

/** The deployer (anvil account 10) and four holders (12 to 15): idle in the demo's story; other fixtures use
 * some of them too, but with their own tokens, and every seed runs on its own. */
function pick(accounts: readonly Address[]): [Address, Address, Address, Address, Address] {
  const [deployer, , a, b, c, d] = accounts.slice(10, 16);
  if (!deployer || !a || !b || !c || !d) throw new Error("need 16 anvil accounts");
  return [deployer, a, b, c, d];
}
