import { type Address, type Hex, keccak256, type PublicClient, parseAbi } from "viem";
import { scanTargetCode, type TargetCodeScan } from "./code-scan";

const ownerAbi = parseAbi(["function owner() view returns (address)"]);

/** How a target's code at the proposal's block compares with its code at the scanned block. */
export type CodeHistory =
  /** No proposal block to compare with (a draft). */
  | { kind: "not-asked" }
  | { kind: "same"; proposedAt: bigint }
  /** No code when proposed, code now: created at `createdAt` (null if the search could not finish). */
  | { kind: "created-after"; proposedAt: bigint; createdAt: bigint | null }
  | { kind: "changed"; proposedAt: bigint }
  | { kind: "removed"; proposedAt: bigint }
  | { kind: "absent"; proposedAt: bigint }
  /** The node could not answer for the proposal's block (pruned state). */
  | { kind: "unavailable"; proposedAt: bigint; reason: string };

/** One target's scan, its code history since the proposal, and the owner of its proxy admin when readable. */
export type TargetScanResult = TargetCodeScan & { history: CodeHistory; adminOwner: Address | null };

const codeOf = async (client: PublicClient, address: Address, blockNumber: bigint): Promise<Hex> =>
  (await client.getCode({ address, blockNumber })) ?? "0x";

const shortReason = (e: unknown) =>
  (e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e)).slice(0, 160);

/** The first block in (lo, hi] where `address` has code, by binary search of eth_getCode (lo has none). */
export async function findCreationBlock(
  client: PublicClient,
  address: Address,
  lo: bigint,
  hi: bigint,
): Promise<bigint> {
  let low = lo;
  let high = hi;
  while (high - low > 1n) {
    const mid = (low + high) / 2n;
    if ((await codeOf(client, address, mid)) === "0x") low = mid;
    else high = mid;
  }
  return high;
}

async function historyOf(
  client: PublicClient,
  address: Address,
  now: Hex,
  blockNumber: bigint,
  proposedAt: bigint | null,
): Promise<CodeHistory> {
  if (proposedAt === null || proposedAt >= blockNumber) return { kind: "not-asked" };
  let then: Hex;
  try {
    then = await codeOf(client, address, proposedAt);
  } catch (e) {
    return { kind: "unavailable", proposedAt, reason: shortReason(e) };
  }
  if (then === "0x" && now === "0x") return { kind: "absent", proposedAt };
  if (then === "0x") {
    // Only searched when needed: the code appeared after the proposal was made.
    const createdAt = await findCreationBlock(client, address, proposedAt, blockNumber).catch(() => null);
    return { kind: "created-after", proposedAt, createdAt };
  }
  if (now === "0x") return { kind: "removed", proposedAt };
  return keccak256(then) === keccak256(now) ? { kind: "same", proposedAt } : { kind: "changed", proposedAt };
}

async function ownerOf(client: PublicClient, admin: Address | null, blockNumber: bigint) {
  if (!admin) return null;
  return client
    .readContract({ address: admin, abi: ownerAbi, functionName: "owner", blockNumber })
    .catch(() => null);
}

/**
 * Scans each distinct target at `blockNumber` (default: the head, read once) for opcodes, proxy, implementation
 * and the proxy admin's owner, and compares its code with the code it had at `proposedAt` (null for a draft).
 */
export async function scanTargets(
  client: PublicClient,
  q: { targets: readonly Address[]; blockNumber?: bigint; proposedAt: bigint | null },
): Promise<TargetScanResult[]> {
  const p = { ...q, blockNumber: q.blockNumber ?? (await client.getBlockNumber({ cacheTime: 0 })) };
  const unique = [...new Map(p.targets.map((t) => [t.toLowerCase(), t])).values()];
  return Promise.all(
    unique.map(async (address) => {
      const [scan, now] = await Promise.all([
        scanTargetCode(client, address, p.blockNumber),
        codeOf(client, address, p.blockNumber),
      ]);
      const [history, adminOwner] = await Promise.all([
        historyOf(client, address, now, p.blockNumber, p.proposedAt),
        ownerOf(client, scan.proxy?.admin ?? null, p.blockNumber),
      ]);
      return { ...scan, history, adminOwner };
    }),
  );
}
