import { type Address, encodeFunctionData, type Hex, numberToHex, toEventSelector } from "viem";
import { aiCommonsGovernorAbi } from "../src/contracts/generated/ai-commons-governor";

type Call = { method: string; params: unknown[] };
const post = async (url: string, c: Call) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, ...c }),
  });
  return (await res.json()) as { result?: unknown; error?: unknown };
};

/** Runs tasks with at most `n` in flight (a browser allows about six connections per host). */
export async function pool<T>(tasks: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      const t = tasks[i];
      if (t) out[i] = await t();
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

const CREATED = toEventSelector(
  "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)",
);
const VOTE = toEventSelector("VoteCast(address,uint256,uint8,uint256,string)");

/** A hooks-per-row dashboard: list proposals in fixed chunks, then per row one state() read and one
 * VoteCast query over that proposal's voting window. Failed requests are retried as-is. */
export async function naiveDashboard(
  url: string,
  governor: Address,
  from: number,
  to: number,
  chunk: number,
  proposals: { id: string; block: number }[],
) {
  const retry = async (c: Call) => {
    for (;;) {
      const r = await post(url, c);
      if (r.error === undefined) return r.result;
    }
  };
  const list: Call[] = [];
  for (let s = from; s <= to; s += chunk)
    list.push({
      method: "eth_getLogs",
      params: [
        {
          address: governor,
          topics: [CREATED],
          fromBlock: numberToHex(s),
          toBlock: numberToHex(Math.min(to, s + chunk - 1)),
        },
      ],
    });
  await pool(
    list.map((c) => () => retry(c)),
    6,
  );
  const rows = proposals.flatMap((p): Call[] => [
    {
      method: "eth_call",
      params: [
        {
          to: governor,
          data: encodeFunctionData({
            abi: aiCommonsGovernorAbi,
            functionName: "state",
            args: [BigInt(p.id)],
          }) as Hex,
        },
        "latest",
      ],
    },
    {
      method: "eth_getLogs",
      params: [
        {
          address: governor,
          topics: [VOTE],
          fromBlock: numberToHex(p.block),
          toBlock: numberToHex(p.block + 30),
        },
      ],
    },
  ]);
  await pool(
    rows.map((c) => () => retry(c)),
    6,
  );
}
