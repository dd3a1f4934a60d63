import { createRequire } from "node:module";
import {
  type Abi,
  type Address,
  encodeAbiParameters,
  encodeDeployData,
  encodeFunctionData,
  getContractAddress,
  type Hex,
  parseEther,
} from "viem";
import { connectChain } from "../../scripts/devnet/chain";

const require = createRequire(import.meta.url);
type Artifact = { abi: Abi; bytecode: Hex };
/** Uniswap's published artifacts (@uniswap/governance 1.0.2): GovernorAlpha, Compound's Timelock, UNI. */
export const uniswap = {
  governor: require("@uniswap/governance/build/GovernorAlpha.json") as Artifact,
  timelock: require("@uniswap/governance/build/Timelock.json") as Artifact,
  uni: require("@uniswap/governance/build/Uni.json") as Artifact,
};

/** The seeded Alpha DAO: addresses, its proposals by story name, and who holds what. */
export type AlphaDao = {
  governor: Address;
  timelock: Address;
  uni: Address;
  proposals: { executed: bigint; defeated: bigint; active: bigint };
  /** Holds votes at the active proposal's snapshot and has not voted on it. */
  voterLeft: Address;
};

const M = (n: number) => parseEther(String(n * 1_000_000));
const DAY = 24 * 3600;
// Uniswap's GovernorAlpha constants: quorum 40M and threshold 10M of a 1e9 supply, votingPeriod 40,320 blocks.
// Mining 40,320 blocks takes minutes on this machine (anvil slows as the chain grows), so the one constant is
// patched: `votingPeriod()` is `JUMPDEST PUSH2 0x9d80 JUMPDEST SWAP1 JUMP` in the creation code, found once.
const VOTING_PERIOD = 40;
const PUBLISHED_PERIOD = "5b619d805b9056";

/** Uniswap's GovernorAlpha creation code with votingPeriod() returning VOTING_PERIOD instead of 40,320. */
export function alphaBytecode(): Hex {
  const code = uniswap.governor.bytecode;
  if (code.split(PUBLISHED_PERIOD).length !== 2)
    throw new Error("GovernorAlpha's votingPeriod() not found once");
  return code.replace(PUBLISHED_PERIOD, `5b61${VOTING_PERIOD.toString(16).padStart(4, "0")}5b9056`) as Hex;
}

/** Deploys UNI, Timelock and GovernorAlpha (the timelock's admin is the governor, by its precomputed address,
 * as Uniswap deployed them) and seeds one executed, one defeated and one active proposal. */
export async function deployAlphaDao(rpcUrl: string, accounts: readonly Address[]): Promise<AlphaDao> {
  const chain = connectChain(rpcUrl);
  const [deployer, a, b, c, d] = pick(accounts);
  const nonce = await chain.publicClient.getTransactionCount({ address: deployer });
  const governorAt = getContractAddress({ from: deployer, nonce: BigInt(nonce + 2) });
  const now = BigInt(await chain.now());
  const deploy = (art: Artifact, args: readonly unknown[], label: string) =>
    chain.deploy(deployer, encodeDeployData({ abi: art.abi, bytecode: art.bytecode, args }), label);
  const uni = await deploy(uniswap.uni, [deployer, deployer, now + 3650n * BigInt(DAY)], "deploy UNI");
  const timelock = await deploy(uniswap.timelock, [governorAt, BigInt(2 * DAY)], "deploy Timelock");
  const alpha = { abi: uniswap.governor.abi, bytecode: alphaBytecode() };
  const governor = await deploy(alpha, [timelock, uni], "deploy GovernorAlpha");
  if (governor !== governorAt) throw new Error("GovernorAlpha landed at an unexpected address");

  const tx = (
    from: Address,
    to: Address,
    abi: Abi,
    functionName: string,
    args: readonly unknown[],
    label: string,
  ) => chain.send(from, { to, value: 0n, data: encodeFunctionData({ abi, functionName, args }) }, label);
  const token = (from: Address, fn: string, args: readonly unknown[]) =>
    tx(from, uni, uniswap.uni.abi, fn, args, `uni.${fn}`);
  const gov = (from: Address, fn: string, args: readonly unknown[]) =>
    tx(from, governor, uniswap.governor.abi, fn, args, `alpha.${fn}`);
  for (const [who, amount] of [
    [a, 50],
    [b, 30],
    [c, 20],
    [d, 5],
    [timelock, 10],
  ] as const)
    await token(deployer, "transfer", [who, M(amount)]);
  for (const who of [a, b, c, d]) await token(who, "delegate", [who]);
  await chain.mine(2);

  const grant = (to: Address, amount: bigint, description: string) =>
    gov(a, "propose", [
      [uni],
      [0n],
      ["transfer(address,uint256)"],
      [encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [to, amount])],
      description,
    ]);
  const count = async () =>
    (await chain.publicClient.readContract({
      address: governor,
      abi: uniswap.governor.abi,
      functionName: "proposalCount",
    })) as bigint;

  await grant(d, M(1), "# Alpha grant: audit of the bridge\n\nPays 1M UNI from the timelock for an audit.");
  const executed = await count();
  await chain.mine(2);
  await gov(a, "castVote", [executed, true]);
  await gov(b, "castVote", [executed, true]);
  await gov(c, "castVote", [executed, false]);
  await chain.mine(VOTING_PERIOD);
  await gov(d, "queue", [executed]);
  await chain.goto((await chain.now()) + 2 * DAY + 60);
  await gov(d, "execute", [executed]);

  // Alpha allows one live proposal per proposer: the defeated one goes through its window before the next.
  await grant(c, M(2), "# Alpha grant: liquidity mining top-up\n\nPays 2M UNI to a rewards pool.");
  const defeated = await count();
  await chain.mine(2);
  await gov(b, "castVote", [defeated, false]);
  await gov(c, "castVote", [defeated, false]);
  await gov(a, "castVote", [defeated, true]);
  await chain.mine(VOTING_PERIOD);

  await grant(b, M(1), "# Alpha grant: governance portal hosting\n\nPays 1M UNI for a year of hosting.");
  const active = await count();
  await chain.mine(2);
  await gov(a, "castVote", [active, true]);
  return { governor, timelock, uni, proposals: { executed, defeated, active }, voterLeft: c };
}

/** The deployer and four holders: anvil accounts 11 to 15 (idle in the demo's story, so their nonces are free). */
function pick(accounts: readonly Address[]): [Address, Address, Address, Address, Address] {
  const [deployer, a, b, c, d] = accounts.slice(11, 16);
  if (!deployer || !a || !b || !c || !d) throw new Error("need 16 anvil accounts");
  return [deployer, a, b, c, d];
}
