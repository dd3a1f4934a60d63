import { type Address, toEventSelector } from "viem";
import type { DevnetInfo } from "@/config/devnet-info";
import { rpcCall } from "../chaos/anvil";
import { type AlphaDao, deployAlphaDao } from "../support/bravo-alpha";
import { type CompatDao, deployCompatDao } from "../support/bravo-compat";
import { deployOz5Fixtures, type Oz5Fixtures } from "../support/fixture-oz5-daos";

/** One DAO the walk opens: where it is, what its token and treasury are, and ids and accounts to visit. */
export type WalkDao = {
  key: string;
  governor: Address;
  token: Address;
  /** The treasury: the timelock, or the governor itself when it has none. */
  treasury: Address;
  proposalId: bigint;
  /** A holder with delegated power (the delegate page) and the account connected on the me page. */
  delegate: Address;
  walletName: string;
};

/** Every fixture DAO on the e2e devnet plus the devnet's own two. Time-jumping seeds (Compat, Alpha) go
 * first, so the timestamp-clock Relay Council's active proposal is still active when the walk starts. */
export async function deployWalkDaos(
  info: DevnetInfo,
): Promise<{ daos: WalkDao[]; oz5: Oz5Fixtures; compat: CompatDao; alpha: AlphaDao }> {
  const rpc = info.rpcUrl;
  const accounts = await rpcCall<Address[]>(rpc, "eth_accounts");
  const compat = await deployCompatDao(rpc, accounts);
  const alpha = await deployAlphaDao(rpc, accounts);
  const oz5 = await deployOz5Fixtures(rpc);
  const acct = (i: number) => {
    const a = accounts[i];
    const n = info.accounts[i]?.name;
    if (!a || !n) throw new Error(`no account ${i}`);
    return { address: a, name: n };
  };
  const demo = (key: "aiCommons" | "computeGuild") => {
    const d = info.daos.find((x) => x.key === key);
    if (!d) throw new Error(`devnet.json has no ${key}`);
    return d;
  };
  const aic = demo("aiCommons");
  const guild = demo("computeGuild");
  const firstProposal = async (governor: Address) => {
    const logs = await rpcCall<{ topics: string[]; data: string }[]>(rpc, "eth_getLogs", [
      { address: governor, fromBlock: "0x0", toBlock: "latest" },
    ]);
    // ProposalCreated's first data word is the proposal id (OZ: not indexed).
    const created = logs.find((l) => l.topics[0] === PROPOSAL_CREATED);
    if (!created) throw new Error(`no proposal on ${governor}`);
    return BigInt(`0x${created.data.slice(2, 66)}`);
  };
  return {
    oz5,
    compat,
    alpha,
    daos: [
      {
        key: "ai-commons",
        governor: aic.governor,
        token: aic.token,
        treasury: aic.timelock ?? aic.governor,
        proposalId: await firstProposal(aic.governor),
        delegate: acct(0).address,
        walletName: acct(0).name,
      },
      {
        key: "compute-guild",
        governor: guild.governor,
        token: guild.token,
        treasury: guild.timelock ?? guild.governor,
        proposalId: await firstProposal(guild.governor),
        delegate: acct(18).address,
        walletName: acct(18).name,
      },
      {
        key: "erc721",
        governor: oz5.atelier.governor,
        token: oz5.atelier.token,
        treasury: oz5.atelier.timelock ?? oz5.atelier.governor,
        proposalId: oz5.atelier.proposals.executed?.id ?? 0n,
        delegate: acct(11).address,
        walletName: acct(10).name,
      },
      {
        key: "fractional",
        governor: oz5.relay.governor,
        token: oz5.relay.token,
        treasury: oz5.relay.governor,
        proposalId: 1n,
        delegate: acct(19).address,
        walletName: acct(19).name,
      },
      {
        key: "compat",
        governor: compat.governor,
        token: compat.token,
        treasury: compat.timelock,
        proposalId: compat.proposals.executed,
        delegate: acct(17).address,
        walletName: acct(17).name,
      },
      {
        key: "alpha",
        governor: alpha.governor,
        token: alpha.uni,
        treasury: alpha.timelock,
        proposalId: alpha.proposals.executed,
        delegate: acct(12).address,
        walletName: acct(12).name,
      },
    ],
  };
}

const PROPOSAL_CREATED = toEventSelector(
  "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)",
);
