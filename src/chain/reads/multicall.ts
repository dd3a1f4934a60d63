import {
  BaseError,
  CallExecutionError,
  ContractFunctionExecutionError,
  HttpRequestError,
  type PublicClient,
  TimeoutError,
} from "viem";

/** A multicall result with allowFailure. */
export type Settled<T> = { status: "success"; result: T } | { status: "failure"; error: Error };

/** True when the request carrying the call failed (RPC error, timeout, a node limit, or an answer that is not
 * an aggregate3 result at all): no answer, as opposed to the call itself reverting. viem marks every call of a
 * failed chunk with the chunk's error, which names `aggregate3`; it rejects a wrong number of results itself. */
const isRequestFailure = (e: Error) =>
  e instanceof BaseError &&
  e.walk(
    (x) =>
      x instanceof CallExecutionError ||
      x instanceof HttpRequestError ||
      x instanceof TimeoutError ||
      (x instanceof ContractFunctionExecutionError && x.functionName === "aggregate3"),
  ) !== null;

/** The result, or null when that call reverted (the contract lacks the function). A call whose request
 * failed throws instead: "could not read" must never pass for "not there" (a list silently missing rows). */
export const settledOrNull = <T>(r: Settled<T>): T | null => {
  if (r.status === "success") return r.result;
  if (isRequestFailure(r.error)) throw r.error;
  return null;
};

/** Calldata of the calls in one eth_call. viem's default (1 kB, ~28 short calls) splits a 300-proposal status
 * read into ~65 requests. Through a deployed Multicall3, 8 kB (~220 calls, a few million gas) keeps it to a
 * handful. A deployless multicall returns its results as the code of a contract being created, which must
 * stay under 24 kB (EIP-170: "CreateContractSizeLimit"), so it gets 2 kB (~56 calls, ~13 kB of results). */
const multicallBytes = (deployless: boolean) => (deployless ? 2_048 : 8_192);

/** Multicall pinned to one block; Multicall3 is absent on fresh devnets, so go deployless there. */
export const pinnedMulticall = (client: PublicClient, blockNumber: bigint) => {
  const deployless = !client.chain?.contracts?.multicall3;
  return { allowFailure: true as const, blockNumber, batchSize: multicallBytes(deployless), deployless };
};
