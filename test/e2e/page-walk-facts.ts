import {
  type Address,
  createPublicClient,
  erc20Abi,
  formatUnits,
  getAddress,
  http,
  type PublicClient,
  parseAbi,
  toEventSelector,
} from "viem";
import type { WalkDao } from "./page-walk-daos";

/** What the walk checks the pages against, read from the chain by the test itself (not by the app). */
export type ChainFacts = {
  symbol: string;
  /** Formatted as the app shows amounts: en-US grouping, whole units here (the fixtures hold round amounts). */
  supply: string;
  treasuryEth: string;
  holders: number;
  /** Compound's governors (Alpha, Bravo): proposalThreshold(), quorumVotes() and the walked proposal's
   * proposals(id) tally, as the pages must show them ("For 1 UNI Against 2 UNI[ Abstain 3 UNI]"). */
  compound?: { threshold: string; quorum: string; tally: string };
};

const votesAbi = parseAbi([
  "function clock() view returns (uint48)",
  "function getPastTotalSupply(uint256) view returns (uint256)",
]);
const compoundAbi = parseAbi([
  "function proposalThreshold() view returns (uint256)",
  "function quorumVotes() view returns (uint256)",
]);
// Bravo's proposals(id) has ten fields (abstainVotes eighth); Alpha's nine (no abstain).
const bravoProposals = parseAbi([
  "function proposals(uint256) view returns (uint256, address, uint256, uint256, uint256, uint256, uint256, uint256, bool, bool)",
]);
const alphaProposals = parseAbi([
  "function proposals(uint256) view returns (uint256, address, uint256, uint256, uint256, uint256, uint256, bool, bool)",
]);
// ERC-20's and ERC-721's Transfer share topic0; the recipient is topics[2] in both.
const TRANSFER = toEventSelector("Transfer(address,address,uint256)");

const grouped = (raw: bigint, decimals: number) => {
  const [whole = "0", frac] = formatUnits(raw, decimals).split(".");
  return `${BigInt(whole).toLocaleString("en-US")}${frac ? `.${frac}` : ""}`;
};

/** totalSupply() (or getPastTotalSupply one step back, for ERC721Votes), the treasury's ETH and the number of
 * holders with a non-zero balanceOf among every address a Transfer log ever sent tokens to; `compound`: also
 * Compound's governor figures. */
export async function readChainFacts(rpcUrl: string, dao: WalkDao, compound = false): Promise<ChainFacts> {
  const client = createPublicClient({ transport: http(rpcUrl) });
  const token = { address: dao.token, abi: erc20Abi } as const;
  const symbol = await client.readContract({ ...token, functionName: "symbol" });
  const decimals = await client.readContract({ ...token, functionName: "decimals" }).catch(() => 0);
  const supply = await client.readContract({ ...token, functionName: "totalSupply" }).catch(async () => {
    const clock = await client.readContract({ address: dao.token, abi: votesAbi, functionName: "clock" });
    const args = [BigInt(clock) - 1n] as const;
    return client.readContract({
      address: dao.token,
      abi: votesAbi,
      functionName: "getPastTotalSupply",
      args,
    });
  });
  const treasuryEth = await client.getBalance({ address: dao.treasury });
  const logs = await client.request({
    method: "eth_getLogs",
    params: [{ address: dao.token, topics: [TRANSFER], fromBlock: "0x0", toBlock: "latest" }],
  });
  const recipients = new Set<Address>();
  for (const l of logs) {
    const to = l.topics[2];
    if (to) recipients.add(getAddress(`0x${to.slice(26)}`));
  }
  let holders = 0;
  for (const who of recipients)
    if ((await client.readContract({ ...token, functionName: "balanceOf", args: [who] })) > 0n) holders++;
  const amount = (raw: bigint) => `${grouped(raw, decimals)} ${symbol}`;
  return {
    symbol,
    supply: amount(supply),
    treasuryEth: grouped(treasuryEth, 18),
    holders,
    ...(compound ? { compound: await compoundFacts(client, dao, amount) } : {}),
  };
}

/** The Compound-style figures of `readChainFacts`, read from the governor. */
async function compoundFacts(client: PublicClient, dao: WalkDao, amount: (raw: bigint) => string) {
  const gov = { address: dao.governor, abi: compoundAbi } as const;
  const threshold = await client.readContract({ ...gov, functionName: "proposalThreshold" });
  const quorum = await client.readContract({ ...gov, functionName: "quorumVotes" });
  const args = [dao.proposalId] as const;
  const at = { address: dao.governor, functionName: "proposals", args } as const;
  const tally = await client.readContract({ ...at, abi: bravoProposals }).then(
    (p) => `For ${amount(p[5])} Against ${amount(p[6])} Abstain ${amount(p[7])}`,
    async () => {
      const p = await client.readContract({ ...at, abi: alphaProposals });
      return `For ${amount(p[5])} Against ${amount(p[6])}`;
    },
  );
  return { threshold: amount(threshold), quorum: amount(quorum), tally };
}
