import {
  ChainMismatchError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  HttpRequestError,
  TimeoutError,
  UnknownRpcError,
  WebSocketRequestError,
} from "viem";
import {
  NoCodeError,
  NoRpcError,
  NotGovernorError,
  RevertedTransactionError,
  RpcDeadlineError,
  WalletChainError,
} from "./app-errors";
import { revertWords } from "./revert-words";
import { rpcHost } from "./rpc-urls";
import { oldStateWords } from "./state-error-words";

/** What kind of failure, so screens can choose an action (retry, open settings, switch chain). */
export type ErrorKind =
  | "user-rejected"
  | "wrong-chain"
  | "revert"
  | "rate-limited"
  | "rpc-down"
  | "no-rpc"
  | "no-code"
  | "not-governor"
  | "no-old-state"
  | "unknown";

/** A failure in a person's words: a title, an optional detail, and whether retrying may help. */
export type Described = { kind: ErrorKind; title: string; detail?: string; retry: boolean };

/** The error and every `cause` below it, outermost first. */
function chainOf(error: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = error;
  while (e && out.length < 20 && !out.includes(e)) {
    out.push(e);
    e = typeof e === "object" && "cause" in e ? (e as { cause?: unknown }).cause : undefined;
  }
  return out;
}

const codeOf = (e: unknown): unknown => (typeof e === "object" && e && "code" in e ? e.code : undefined);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function fromRevert(e: ContractFunctionRevertedError): Described {
  const name = e.data?.errorName;
  if (name && name !== "Error" && name !== "Panic") {
    return {
      kind: "revert",
      title: revertWords[name] ?? `The contract refused the call (${name}).`,
      detail: name,
      retry: false,
    };
  }
  return {
    kind: "revert",
    title: `The contract refused the call${e.reason ? `: ${e.reason}` : "."}`,
    retry: false,
  };
}

/** viem reports a WebSocket that cannot connect as an UnknownRpcError caused by the socket's error event (an
 * Event, not an Error); the event's target is the socket, which knows its URL. */
function socketFailureUrl(e: unknown): string | null {
  if (!(e instanceof UnknownRpcError)) return null;
  const cause: unknown = e.cause;
  if (typeof cause !== "object" || cause === null || cause instanceof Error) return null;
  if ((cause as { type?: unknown }).type !== "error") return null;
  const url = (cause as { target?: { url?: unknown } }).target?.url;
  return typeof url === "string" ? url : "";
}

function fromHttp(e: HttpRequestError | WebSocketRequestError | TimeoutError): Described {
  const host = "url" in e && typeof e.url === "string" ? rpcHost(e.url) : "the RPC endpoint";
  const status = e instanceof HttpRequestError ? e.status : undefined;
  if (status === 429)
    return {
      kind: "rate-limited",
      title: `${host} is rate-limiting requests (429).`,
      detail: "Wait a moment, or add another RPC URL in Settings.",
      retry: true,
    };
  const why = e instanceof TimeoutError ? "timed out" : status ? `answered ${status}` : "is not answering";
  return {
    kind: "rpc-down",
    title: `The RPC endpoint ${host} ${why}.`,
    detail: "Check the URL in Settings, or retry.",
    retry: true,
  };
}

/** "Plenum devnet (31337)", or "chain 31338" for a chain known only by its id. */
const chainLabel = (c: { chainId: number; name: string }) =>
  c.name === `chain ${c.chainId}` ? c.name : `${c.name} (${c.chainId})`;

/** The wallet is not on the DAO's chain: what happened, and that nothing left the wallet. */
function fromWalletChain(e: WalletChainError): Described {
  const nothing = e.action === "sign" ? "nothing was signed" : "nothing was sent";
  const want = chainLabel(e.wanted);
  const title = {
    refused: `You refused to switch your wallet to ${want}, so ${nothing}.`,
    "cannot-switch": `Your wallet could not switch to ${want}, so ${nothing}.`,
    stayed: `Your wallet said it switched to ${want} but is still on ${chainLabel(e.current)}, so ${nothing}.`,
  }[e.problem];
  const detail =
    e.problem === "cannot-switch"
      ? `This DAO is on ${e.wanted.name}. Add that network to your wallet or switch it yourself, then try again.`
      : `This DAO is on ${e.wanted.name}; your wallet was on ${e.current.name}. Switch when asked, or in your wallet, then try again.`;
  return { kind: "wrong-chain", title, detail, retry: true };
}

/** Turns any thrown value (viem's BaseError chains included) into a person's words. */
export function describeError(error: unknown): Described {
  const chain = chainOf(error);
  for (const e of chain) {
    if (e instanceof WalletChainError) return fromWalletChain(e);
    if (e instanceof NoRpcError)
      return {
        kind: "no-rpc",
        title: `No RPC URL is set for chain ${e.chainId}.`,
        detail: "Add one in Settings to read this chain.",
        retry: false,
      };
    if (e instanceof RpcDeadlineError)
      return {
        kind: "rpc-down",
        title: `The RPC endpoint ${e.hosts.join(", ")} did not answer within ${e.seconds} s.`,
        detail: "Check the URL in Settings, or retry.",
        retry: true,
      };
    if (e instanceof NoCodeError)
      return {
        kind: "no-code",
        title: `There is no contract at ${e.address} on this chain.`,
        detail: "Check the address and the chain.",
        retry: false,
      };
    if (e instanceof NotGovernorError)
      return {
        kind: "not-governor",
        title: "This contract is not an OpenZeppelin Governor.",
        detail: `It has no ${e.missing.join(", ")}. Is this the token or the timelock instead of the governor?`,
        retry: false,
      };
    if (codeOf(e) === 4001 || (e instanceof Error && e.name === "UserRejectedRequestError"))
      return { kind: "user-rejected", title: "You cancelled the request in your wallet.", retry: false };
    if (
      e instanceof ChainMismatchError ||
      codeOf(e) === 4902 ||
      (e instanceof Error && e.name === "SwitchChainError")
    )
      return {
        kind: "wrong-chain",
        title: "Your wallet is on a different chain.",
        detail: "Switch your wallet to this DAO's chain and try again.",
        retry: false,
      };
  }
  const oldState = oldStateWords(error);
  if (oldState) return oldState;
  for (const e of chain) {
    if (e instanceof RevertedTransactionError)
      return {
        kind: "revert",
        title: "The transaction was mined but reverted: it changed nothing on chain.",
        detail: `Transaction ${e.hash}. The proposal's state or your votes may have changed since the check; reload and try again.`,
        retry: false,
      };
    if (e instanceof ContractFunctionRevertedError) return fromRevert(e);
    if (e instanceof HttpRequestError || e instanceof WebSocketRequestError || e instanceof TimeoutError)
      return fromHttp(e);
    const socketUrl = socketFailureUrl(e);
    if (socketUrl !== null)
      return {
        kind: "rpc-down",
        title: `The RPC endpoint ${socketUrl ? rpcHost(socketUrl) : "(WebSocket)"} is not answering.`,
        detail: "Check the URL in Settings, or retry.",
        retry: true,
      };
    if (codeOf(e) === 429 || codeOf(e) === -32005)
      return {
        kind: "rate-limited",
        title: "The RPC endpoint is limiting requests.",
        detail: "Wait a moment, or add another RPC URL in Settings.",
        retry: true,
      };
    if (e instanceof ContractFunctionZeroDataError)
      return {
        kind: "not-governor",
        title: "The contract returned no data for a call it should answer.",
        detail: "The address may not be the contract you expect.",
        retry: false,
      };
  }
  return {
    kind: "unknown",
    title: "Something went wrong.",
    detail: messageOf(error).split("\n")[0],
    retry: true,
  };
}
