/** No RPC URL is configured for a chain: the user must add one in Settings. */
export class NoRpcError extends Error {
  override name = "NoRpcError";
  constructor(readonly chainId: number) {
    super(`No RPC URL is configured for chain ${chainId}`);
  }
}

/** The address holds no contract code at the block read. */
export class NoCodeError extends Error {
  override name = "NoCodeError";
  constructor(
    readonly address: string,
    readonly chainId: number,
  ) {
    super(`No contract at ${address} on chain ${chainId}`);
  }
}

/** The contract answered but lacks the Governor functions (for example, it is the token). */
export class NotGovernorError extends Error {
  override name = "NotGovernorError";
  constructor(
    readonly address: string,
    readonly missing: string[],
  ) {
    super(`${address} is not an OpenZeppelin Governor (no ${missing.join(", ")})`);
  }
}

/** The RPC did not answer within the time a screen may wait. */
export class RpcDeadlineError extends Error {
  override name = "RpcDeadlineError";
  constructor(
    readonly hosts: string[],
    readonly seconds: number,
  ) {
    super(`${hosts.join(", ")} did not answer within ${seconds} s`);
  }
}

/** A transaction was mined but reverted: it cost gas and changed nothing. */
export class RevertedTransactionError extends Error {
  override name = "RevertedTransactionError";
  constructor(readonly hash: `0x${string}`) {
    super(`Transaction ${hash} was mined but reverted`);
  }
}

/** Why a wallet is not on the DAO's chain after Plenum asked it to switch. */
export type WalletChainProblem = "refused" | "cannot-switch" | "stayed";

/** The wallet is not on the DAO's chain, so nothing was sent (or signed): refused, unable, or it claimed a
 * switch but still answers eth_chainId with another chain. Names are resolved by the caller (lib knows no
 * chains). */
export class WalletChainError extends Error {
  override name = "WalletChainError";
  constructor(
    readonly problem: WalletChainProblem,
    readonly wanted: { chainId: number; name: string },
    readonly current: { chainId: number; name: string },
    readonly action: "send" | "sign",
    options?: { cause?: unknown },
  ) {
    super(`Wallet on chain ${current.chainId}, not ${wanted.chainId} (${problem})`, options);
  }
}
