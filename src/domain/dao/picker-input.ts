import { type Address, getAddress, isAddress } from "viem";

/** What the DAO picker form holds: a known chain id (as text) or "other" plus a typed id, and an address. */
export type PickerInput = { chain: string; otherChainId: string; address: string };

/** The form's verdict: where to go, or a message per field. */
export type PickerResult =
  | { ok: true; chainId: number; address: Address }
  | { ok: false; errors: { chain?: string; address?: string } };

/** Checks the picker form: a whole-number chain id that has an RPC, and a well-formed governor address. */
export function checkPickerInput(input: PickerInput, hasRpc: (chainId: number) => boolean): PickerResult {
  const errors: { chain?: string; address?: string } = {};
  const rawChain = input.chain === "other" ? input.otherChainId.trim() : input.chain;
  const chainId = Number(rawChain);
  if (!/^\d+$/.test(rawChain) || !Number.isSafeInteger(chainId) || chainId <= 0)
    errors.chain = "Enter the chain id as a whole number, for example 10 for OP Mainnet.";
  else if (!hasRpc(chainId))
    errors.chain = `No RPC URL is set for chain ${chainId}. Add one in Settings first.`;

  const address = input.address.trim();
  if (address === "") errors.address = "Enter the governor contract's address.";
  else if (!isAddress(address, { strict: false }))
    errors.address = "That is not an address: expected 0x followed by 40 hex digits.";
  else if (!isAddress(address, { strict: true }))
    errors.address =
      "The address's mixed-case checksum is wrong: check for a typo, or paste it in lower case.";

  if (errors.chain || errors.address) return { ok: false, errors };
  return { ok: true, chainId, address: getAddress(address) };
}
