import {
  type Address,
  createPublicClient,
  erc20Abi,
  formatUnits,
  getAddress,
  http,
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
};

const votesAbi = parseAbi([
  "function clock() view returns (uint48)",
  "function getPastTotalSupply(uint256) view returns (uint256)",
]);
// ERC-20's and ERC-721's Transfer share topic0; the recipient is topics[2] in both.
const TRANSFER = toEventSelector("Transfer(address,address,uint256)");

const grouped = (raw: bigint, decimals: number) => {
  const [whole = "0", frac] = formatUnits(raw, decimals).split(".");
  return `${BigInt(whole).toLocaleString("en-US")}${frac ? `.${frac}` : ""}`;
};

/** totalSupply() (or getPastTotalSupply one step back, for ERC721Votes), the treasury's ETH and the number of
 * holders with a non-zero balanceOf among every address a Transfer log ever sent tokens to. */
export async function readChainFacts(rpcUrl: string, dao: WalkDao): Promise<ChainFacts> {
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
  return {
    symbol,
    supply: `${grouped(supply, decimals)} ${symbol}`,
    treasuryEth: grouped(treasuryEth, 18),
    holders,
  };
}
