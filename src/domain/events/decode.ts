import { type Address, type DecodeEventLogReturnType, decodeEventLog, type Hex } from "viem";
import { fullCalldatas } from "../bravo/calldata";
import { alphaVoteCastAbi } from "../bravo/events-abi";
import { type DaoEventAbi, daoEventsAbi, erc721TransferAbi, transferTopic } from "./dao-events-abi";

/** A raw log as the sync engine stores it (plain JSON). */
export type RawLog = {
  blockNumber: number;
  logIndex: number;
  blockHash: Hex;
  transactionHash: Hex;
  address: Address;
  topics: Hex[];
  data: Hex;
  /** The block's timestamp in seconds, when the node sent it with the log. */
  blockTimestamp?: number;
};

/** A decoded DAO event: `eventName` narrows `args` to that event's typed arguments. */
export type DaoEvent = DecodeEventLogReturnType<DaoEventAbi> & {
  address: Address;
  blockNumber: number;
  logIndex: number;
  transactionHash: Hex;
  /** The block's timestamp in seconds, when the node sent it with the log. */
  blockTimestamp?: number;
  /** False for logs above the finalized block, which may still change. */
  finalized: boolean;
};

type Decoded = DecodeEventLogReturnType<DaoEventAbi>;

/** An ERC-721 Transfer (tokenId indexed: 4 topics) as a transfer of one vote, the unit of ERC721Votes;
 * null for any other log. */
function erc721Transfer(topics: readonly Hex[], data: Hex): Decoded | null {
  const [signature, from, to, tokenId] = topics;
  if (signature !== transferTopic || topics.length !== 4 || !from || !to || !tokenId) return null;
  const nft = decodeEventLog({ abi: erc721TransferAbi, topics: [signature, from, to, tokenId], data });
  return { eventName: "Transfer", args: { from: nft.args.from, to: nft.args.to, value: 1n } };
}

/** GovernorAlpha's VoteCast (bool support, no reason) in OpenZeppelin's shape: Against 0, For 1. */
function alphaVoteCast(topics: [Hex, ...Hex[]], data: Hex): Decoded | null {
  try {
    const v = decodeEventLog({ abi: alphaVoteCastAbi, topics, data, strict: true });
    const { voter, proposalId, support, votes } = v.args;
    return {
      eventName: "VoteCast",
      args: { voter, proposalId, support: support ? 1 : 0, weight: votes, reason: "" },
    };
  } catch {
    return null;
  }
}

/** Compound-style ProposalCreated logs a signature apart from its arguments: the actions get the calldata the
 * timelock will send (selector + arguments), so every reader decodes them as it does OpenZeppelin's. */
function withFullCalldatas(d: Decoded): Decoded {
  if (d.eventName !== "ProposalCreated" || d.args.signatures.every((s) => s.trim() === "")) return d;
  return { ...d, args: { ...d.args, calldatas: fullCalldatas(d.args.signatures, d.args.calldatas) } };
}

/** Decodes one log against the DAO events, then as an ERC-721 Transfer or Alpha's VoteCast; throws when none. */
function decodeOne(topics: [Hex, ...Hex[]], data: Hex): Decoded {
  try {
    return withFullCalldatas(decodeEventLog({ abi: daoEventsAbi, topics, data, strict: true }));
  } catch (e) {
    const other = erc721Transfer(topics, data) ?? alphaVoteCast(topics, data);
    if (other) return other;
    throw e;
  }
}

/** Decodes logs in chain order; logs of unknown shape are counted, not thrown. */
export function decodeDaoLogs(logs: readonly RawLog[], finalizedCount = logs.length) {
  const events: DaoEvent[] = [];
  let undecodable = 0;
  for (const [i, log] of logs.entries()) {
    const [signature, ...rest] = log.topics;
    if (!signature) {
      undecodable++;
      continue;
    }
    try {
      const decoded = decodeOne([signature, ...rest], log.data);
      const event: DaoEvent = {
        ...decoded,
        address: log.address,
        blockNumber: log.blockNumber,
        logIndex: log.logIndex,
        transactionHash: log.transactionHash,
        finalized: i < finalizedCount,
      };
      if (log.blockTimestamp !== undefined) event.blockTimestamp = log.blockTimestamp;
      events.push(event);
    } catch {
      undecodable++;
    }
  }
  return { events, undecodable };
}

/** The events of one name, with `args` typed for it. */
export function eventsNamed<N extends DaoEvent["eventName"]>(events: readonly DaoEvent[], name: N) {
  return events.filter((e): e is Extract<DaoEvent, { eventName: N }> => e.eventName === name);
}

/** Decodes each stream with its own finalized split and merges them into chain order. */
export function decodeStreams(streams: readonly { logs: readonly RawLog[]; finalizedCount: number }[]) {
  let undecodable = 0;
  const events = streams.flatMap((s) => {
    const d = decodeDaoLogs(s.logs, s.finalizedCount);
    undecodable += d.undecodable;
    return d.events;
  });
  events.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
  return { events: withoutDuplicates(events), undecodable };
}

/** Drops repeats of a log fetched by two streams (the governance token's treasury transfers are in the core
 * stream and in the treasury's Transfer streams); `events` must be in chain order. */
export function withoutDuplicates<E extends { blockNumber: number; logIndex: number }>(events: E[]): E[] {
  let prev: E | undefined;
  const out = events.filter((e) => {
    const dup = prev !== undefined && prev.blockNumber === e.blockNumber && prev.logIndex === e.logIndex;
    prev = e;
    return !dup;
  });
  return out.length === events.length ? events : out;
}
