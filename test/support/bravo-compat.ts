import {
  type Abi,
  type Address,
  encodeDeployData,
  encodeFunctionData,
  type Hex,
  keccak256,
  parseEther,
  stringToHex,
  zeroAddress,
} from "viem";
import { connectChain } from "../../scripts/devnet/chain";
import { compileOz49Fixtures } from "./bravo-compile";

/** The seeded OZ 4.9 Bravo-compatible DAO and its proposals by outcome. */
export type CompatDao = {
  governor: Address;
  timelock: Address;
  token: Address;
  proposals: { executed: bigint; defeated: bigint; succeeded: bigint; active: bigint };
  /** The proposal created through Bravo's propose(…, signatures, …). */
  withSignature: bigint;
};

const K = (n: number) => parseEther(String(n * 1_000));
const VOTING_PERIOD = 200;

/** Deploys an OZ 4.9 ERC20VotesComp, TimelockController and a Governor with GovernorCompatibilityBravo, and
 * seeds proposals executed, defeated, succeeded and active with For, Against and Abstain votes. */
export async function deployCompatDao(rpcUrl: string, accounts: readonly Address[]): Promise<CompatDao> {
  const art = compileOz49Fixtures();
  const chain = connectChain(rpcUrl);
  const [deployer, a, b, c] = accounts.slice(16, 20);
  if (!deployer || !a || !b || !c) throw new Error("need 20 anvil accounts");
  const deploy = (x: { abi: Abi; bytecode: Hex }, args: readonly unknown[], label: string) =>
    chain.deploy(deployer, encodeDeployData({ abi: x.abi, bytecode: x.bytecode, args }), label);
  const tx = (from: Address, to: Address, abi: Abi, functionName: string, args: readonly unknown[]) =>
    chain.send(from, { to, value: 0n, data: encodeFunctionData({ abi, functionName, args }) }, functionName);

  const token = await deploy(art.CompatToken, [deployer, K(1_000)], "deploy CompatToken");
  const timelock = await deploy(
    art.TimelockController,
    [60n, [], [zeroAddress], deployer],
    "deploy TimelockController 4.9",
  );
  const governor = await deploy(art.CompatGovernor, [token, timelock], "deploy CompatGovernor");
  const tl = art.TimelockController.abi;
  const role = async (name: string) =>
    (await chain.publicClient.readContract({ address: timelock, abi: tl, functionName: name })) as Hex;
  await tx(deployer, timelock, tl, "grantRole", [await role("PROPOSER_ROLE"), governor]);
  await tx(deployer, timelock, tl, "grantRole", [await role("CANCELLER_ROLE"), governor]);
  for (const [who, n] of [
    [a, 300],
    [b, 200],
    [c, 100],
    [timelock, 100],
  ] as const)
    await tx(deployer, token, art.CompatToken.abi, "transfer", [who, K(n)]);
  for (const who of [a, b, c]) await tx(who, token, art.CompatToken.abi, "delegate", [who]);
  await chain.mine(2);

  const gov = art.CompatGovernor.abi;
  const transferData = (to: Address, amount: bigint) =>
    encodeFunctionData({ abi: art.CompatToken.abi, functionName: "transfer", args: [to, amount] });
  const propose = async (to: Address, amount: bigint, description: string) => {
    const args = [[token], [0n], [transferData(to, amount)], description] as const;
    await tx(a, governor, gov, "propose", args);
    return read<bigint>("hashProposal", [args[0], args[1], args[2], keccak256(stringToHex(description))]);
  };
  const read = async <T>(functionName: string, args: readonly unknown[]) =>
    (await chain.publicClient.readContract({ address: governor, abi: gov, functionName, args })) as T;
  const vote = (who: Address, id: bigint, support: number) =>
    tx(who, governor, gov, "castVote", [id, support]);

  const executedText = "# Compat grant: security review\n\nPays 10k CPV for a review.";
  const executed = await propose(b, K(10), executedText);
  const defeated = await propose(c, K(20), "# Compat grant: conference booth\n\nPays 20k CPV for a booth.");
  // Bravo's propose(targets, values, signatures, calldatas, description): the signature is split from the data.
  const sigText = "# Compat grant: translation (Bravo-style call)\n\nPays 5k CPV, proposed with a signature.";
  const sigData = `0x${transferData(c, K(5)).slice(10)}` as Hex;
  await tx(a, governor, gov, "propose", [[token], [0n], ["transfer(address,uint256)"], [sigData], sigText]);
  const withSignature = await read<bigint>("hashProposal", [
    [token],
    [0n],
    [transferData(c, K(5))],
    keccak256(stringToHex(sigText)),
  ]);
  await chain.mine(2);
  await vote(a, executed, 1);
  await vote(b, executed, 0);
  await vote(c, executed, 2);
  await vote(a, defeated, 0);
  await vote(c, defeated, 1);
  await vote(a, withSignature, 1);
  await vote(c, withSignature, 2);
  await chain.mine(VOTING_PERIOD);
  await tx(c, governor, gov, "queue", [executed]);
  await chain.goto((await chain.now()) + 120);
  await tx(c, governor, gov, "execute", [executed]);

  const active = await propose(a, K(1), "# Compat grant: docs sprint\n\nPays 1k CPV for documentation.");
  await chain.mine(2);
  await vote(b, active, 1);
  await vote(c, active, 2);
  return {
    governor,
    timelock,
    token,
    proposals: { executed, defeated, succeeded: withSignature, active },
    withSignature,
  };
}
