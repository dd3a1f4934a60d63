import { type Address, getAddress, isAddress } from "viem";

/** The DAO named by URL params, or why the params do not name one. */
export type ParsedDaoParams =
  | { ok: true; chainId: number; address: Address }
  | { ok: false; problem: "chain" | "address"; message: string };

/** Validates `$chainId/$governor` from the URL (addresses in any case; checksummed on the way out). */
export function parseDaoParams(chainId: string | undefined, governor: string | undefined): ParsedDaoParams {
  const id = Number(chainId);
  if (!chainId || !/^\d+$/.test(chainId) || !Number.isSafeInteger(id) || id <= 0)
    return {
      ok: false,
      problem: "chain",
      message: `"${chainId ?? ""}" is not a chain id (a positive whole number).`,
    };
  if (!governor || !isAddress(governor, { strict: false }))
    return {
      ok: false,
      problem: "address",
      message: `"${governor ?? ""}" is not an address: expected 0x followed by 40 hex digits.`,
    };
  return { ok: true, chainId: id, address: getAddress(governor) };
}
