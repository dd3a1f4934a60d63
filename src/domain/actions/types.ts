import type { Abi, Address, Hex } from "viem";

/** What the app knows a contract to be; decides how its calls are decoded and judged. */
export type ContractKind = "governor" | "timelock" | "token" | "erc20" | "charter" | "other";

/** A contract the app can decode calls to (the DAO's own, its tokens, its charter). */
export type KnownContract = {
  address: Address;
  label: string;
  kind: ContractKind;
  abi: Abi;
  /** For ERC-20s: how to show amounts. */
  decimals?: number;
  symbol?: string;
};

/** One action of a proposal, as logged in ProposalCreated. */
export type Action = { target: Address; value: bigint; calldata: Hex };

/** A decoded argument; `amount` is set when the value is a token amount the app can format. */
export type DecodedArg = {
  name: string;
  type: string;
  value: unknown;
  amount?: { value: bigint; decimals: number; symbol: string };
  /** A human label for well-known bytes32 values (role ids) or addresses (the DAO's own contracts). */
  label?: string;
};

/** An action as a person should read it. `call` is null for a plain ETH transfer or undecodable calldata. */
export type DecodedAction = {
  index: number;
  target: Address;
  targetLabel: string | null;
  targetKind: ContractKind | null;
  value: bigint;
  calldata: Hex;
  call: { functionName: string; args: DecodedArg[] } | null;
  /** Why the call cannot be trusted as decoded: an unknown contract, an unknown function, or calldata sent to
   * an account with no code (where it does nothing). */
  opaque: "unknown-target" | "unknown-selector" | "no-code" | null;
  /** True when the target held no code at the pinned block: a plain account, not a contract. */
  noCode?: true;
};
