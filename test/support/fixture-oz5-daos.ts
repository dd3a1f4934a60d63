import { type Address, keccak256, parseEther, stringToHex } from "viem";
import { type Chain, connectChain } from "../../scripts/devnet/chain";
import { compileOz5Fixtures } from "./fixture-oz5-compile";
import { advance, deployFixture, type FixtureProposal, fixtureCall, governor } from "./fixture-oz5-govern";

/** An OZ 5.7 fixture DAO deployed and seeded on an anvil. */
export type FixtureDao = {
  governor: Address;
  token: Address;
  timelock: Address | null;
  deployBlock: number;
  /** Proposals by the state the seed left them in. */
  proposals: Record<string, FixtureProposal>;
};

/** Both fixtures, plus an ERC721 DAO whose token's name() and symbol() revert. */
export type Oz5Fixtures = {
  atelier: FixtureDao;
  relay: FixtureDao;
  anonymous: { governor: Address; token: Address };
  /** Who holds what: anvil accounts by index (the devnet's Kavya, Lars, ... see scripts/devnet/accounts.ts). */
  accounts: readonly Address[];
};

const ethTo = (to: Address, value: bigint) => ({ to, value, data: "0x" as const });
const ERC20_UNIT = 10n ** 18n;
export const RELAY_PARAMS = { delay: 3_600, period: 3 * 86_400, threshold: 100n * ERC20_UNIT, quorum: 10n };
export const ATELIER_PARAMS = { delay: 1, period: 500, quorum: 20n, timelockDelay: 60 };

/** Deploys and seeds both OZ 5.7 fixture DAOs on `rpcUrl` (needs anvil's 20 default accounts). */
export async function deployOz5Fixtures(rpcUrl: string): Promise<Oz5Fixtures> {
  const chain = connectChain(rpcUrl);
  const accounts = await chain.accounts();
  const atelier = await seedAtelier(chain, rpcUrl, accounts);
  const relay = await seedRelay(chain, rpcUrl, accounts);
  return { atelier: atelier.dao, relay, anonymous: atelier.anonymous, accounts };
}

function at(accounts: readonly Address[], i: number): Address {
  const a = accounts[i];
  if (!a) throw new Error(`anvil has no account ${i}`);
  return a;
}

/** Atelier Collective: ERC721Votes passes, block clock, TimelockController. Lars (11) deploys and mints. */
async function seedAtelier(chain: Chain, rpcUrl: string, accounts: readonly Address[]) {
  const a = compileOz5Fixtures();
  const [elif, hiro, kavya, lars, mei] = [4, 7, 10, 11, 12].map((i) => at(accounts, i)) as Address[] &
    [Address, Address, Address, Address, Address];
  const p = ATELIER_PARAMS;
  const pass = await deployFixture(chain, lars, a.AtelierPass, [lars, false]);
  const zero = "0x0000000000000000000000000000000000000000";
  const timelock = await deployFixture(chain, lars, a.TimelockController, [
    p.timelockDelay,
    [],
    [zero],
    lars,
  ]);
  const gov = await deployFixture(chain, lars, a.AtelierGovernor, [
    pass,
    timelock,
    p.delay,
    p.period,
    p.quorum,
  ]);
  const deployBlock = await chain.blockNumber();
  for (const role of ["PROPOSER_ROLE", "CANCELLER_ROLE"]) {
    const grant = fixtureCall(timelock, a.TimelockController.abi, "grantRole", [
      keccak256(stringToHex(role)),
      gov,
    ]);
    await chain.send(lars, grant, `grant ${role}`);
  }
  await chain.send(lars, ethTo(timelock, parseEther("5")), "fund timelock");
  const holdings: [Address, number, Address][] = [
    [lars, 5, lars],
    [kavya, 3, kavya],
    [mei, 2, mei],
    [elif, 4, lars],
    [hiro, 1, hiro],
  ];
  for (const [who, count, delegatee] of holdings) {
    await chain.send(lars, fixtureCall(pass, a.AtelierPass.abi, "mint", [who, count]), "mint");
    await chain.send(who, fixtureCall(pass, a.AtelierPass.abi, "delegate", [delegatee]), "delegate");
  }
  // A transfer after delegation moves one vote (ERC-721 Transfer: tokenId indexed, four topics).
  await chain.send(hiro, fixtureCall(pass, a.AtelierPass.abi, "transferFrom", [hiro, mei, 15n]), "transfer");
  const g = governor(chain, gov, a.AtelierGovernor.abi);
  const voting = () => advance(rpcUrl, 12, p.delay + 1);

  const executed = await g.propose(
    lars,
    [ethTo(mei, parseEther("1"))],
    "# Commission: a mural for the studio\n\nPay Mei 1 ETH from the treasury for the entrance mural.",
  );
  const defeated = await g.propose(
    kavya,
    [ethTo(kavya, parseEther("2"))],
    "# Buy a second kiln\n\nSend 2 ETH to Kavya to buy a kiln.",
  );
  const succeeded = await g.propose(
    mei,
    [ethTo(mei, parseEther("0.1"))],
    "# Frame the mural\n\n0.1 ETH for a frame.",
  );
  const canceled = await g.propose(
    mei,
    [ethTo(mei, 1n)],
    "# Test proposal (withdrawn)\n\nPublished by mistake.",
  );
  await g.cancel(mei, canceled);
  await voting();
  await g.vote(mei, succeeded, 1, "Protect the paint.");
  await g.vote(kavya, succeeded, 2, "Fine either way.");
  await g.vote(lars, executed, 1, "The mural is what visitors see first.");
  await g.vote(kavya, executed, 0, "Too expensive for a wall.");
  await g.vote(mei, executed, 2, "I painted it; I abstain.");
  await g.vote(kavya, defeated, 1, "We need the kiln.");
  await g.vote(lars, defeated, 0, "Rent one first.");
  await advance(rpcUrl, 12, p.period);
  await g.queue(lars, executed);
  await advance(rpcUrl, p.timelockDelay + 1);
  await g.execute(lars, executed);
  const active = await g.propose(
    lars,
    [ethTo(hiro, parseEther("0.5"))],
    "# Open studio night\n\nSpend 0.5 ETH on materials for an open studio night.",
  );
  await voting();
  await g.vote(lars, active, 1, "Good for new members.");
  const anonPass = await deployFixture(chain, lars, a.AtelierPass, [lars, true]);
  const anonGov = await deployFixture(chain, lars, a.AtelierGovernor, [
    anonPass,
    timelock,
    p.delay,
    p.period,
    p.quorum,
  ]);
  await chain.send(lars, fixtureCall(anonPass, a.AtelierPass.abi, "mint", [lars, 2]), "mint");
  return {
    dao: {
      governor: gov,
      token: pass,
      timelock,
      deployBlock,
      proposals: { executed, defeated, canceled, active, succeeded },
    },
    anonymous: { governor: anonGov, token: anonPass },
  };
}

/** Relay Council: fractional counting, sequential ids, timestamp clock, no timelock. Mei (12) deploys. */
async function seedRelay(chain: Chain, rpcUrl: string, accounts: readonly Address[]): Promise<FixtureDao> {
  const a = compileOz5Fixtures();
  const [greta, jonas, mei, nadia, omar] = [6, 9, 12, 18, 19].map((i) => at(accounts, i)) as Address[] &
    [Address, Address, Address, Address, Address];
  const p = RELAY_PARAMS;
  const token = await deployFixture(chain, mei, a.RelayCredit, [mei]);
  const gov = await deployFixture(chain, mei, a.RelayCouncil, [
    token,
    p.delay,
    p.period,
    p.threshold,
    p.quorum,
  ]);
  const deployBlock = await chain.blockNumber();
  await chain.send(mei, ethTo(gov, parseEther("3")), "fund council");
  for (const [who, amount] of [
    [omar, 1000n],
    [nadia, 600n],
    [jonas, 400n],
    [greta, 250n],
  ] as const) {
    await chain.send(mei, fixtureCall(token, a.RelayCredit.abi, "mint", [who, amount * ERC20_UNIT]), "mint");
    await chain.send(who, fixtureCall(token, a.RelayCredit.abi, "delegate", [who]), "delegate");
  }
  await advance(rpcUrl, 1);
  const g = governor(chain, gov, a.RelayCouncil.abi);
  const u = (n: bigint) => n * ERC20_UNIT;
  const executed = await g.propose(
    omar,
    [ethTo(greta, parseEther("1"))],
    "# Relay operator stipend\n\n1 ETH to Greta for running the relay.",
  );
  const defeated = await g.propose(
    nadia,
    [ethTo(nadia, parseEther("2"))],
    "# Second relay region\n\n2 ETH to Nadia to open a second region.",
  );
  const canceled = await g.propose(jonas, [ethTo(jonas, 1n)], "# Draft (withdrawn)\n\nPublished by mistake.");
  await g.cancel(jonas, canceled);
  await advance(rpcUrl, p.delay + 1);
  // Omar splits his 1,000 over three calls: two fractional, then a nominal For with what remains (250).
  await g.voteFractional(omar, executed, [u(100n), u(300n), u(50n)], "Mostly for; some doubts.");
  await g.voteFractional(omar, executed, [0n, u(200n), u(50n)], "More for after the call.");
  await g.vote(omar, executed, 1, "The rest for.");
  await g.vote(nadia, executed, 0, "Pay per month instead.");
  await g.vote(jonas, executed, 2, "No view.");
  await g.vote(nadia, defeated, 1, "My region.");
  await g.voteFractional(omar, defeated, [u(900n), u(100n), 0n], "Mostly against.");
  await advance(rpcUrl, p.period + 1);
  await g.execute(omar, executed);
  const active = await g.propose(
    greta,
    [ethTo(greta, parseEther("0.2"))],
    "# Relay monitoring\n\n0.2 ETH for monitoring.",
  );
  await advance(rpcUrl, p.delay + 1);
  await g.voteFractional(jonas, active, [u(50n), u(100n), 0n], "Split for now.");
  await g.vote(greta, active, 1, "Needed.");
  return {
    governor: gov,
    token,
    timelock: null,
    deployBlock,
    proposals: { executed, defeated, canceled, active },
  };
}
