import { type AbiParameter, decodeAbiParameters, type Hex, toEventSelector } from "viem";
import { alphaVoteCastAbi } from "../bravo/events-abi";
import { daoEventsAbi, erc721TransferAbi } from "./dao-events-abi";
import type { Decoded } from "./decode-generic";
import {
  addressAt,
  boolAt,
  bytesAt,
  dataHex,
  FAILS,
  fixedBytesAt,
  smallUintAt,
  stringAt,
  topicHex,
  uintAt,
} from "./decode-words";

type Args = Record<string, unknown>;
type Event = { name: string; inputs: readonly (AbiParameter & { indexed?: boolean })[] };
/** Reads one value: from a topic (its hex, at 0) or from the data's head word at hex index `at`. */
type Read = (hex: string, at: number) => unknown;
type Field = { name: string; read: Read };
type Spec = {
  name: string;
  topics: { name: string; read: Read | null }[];
  /** The data's head, one word per field; null: decoded by viem's decodeAbiParameters (arrays, tuples). */
  data: Field[] | null;
  dataParams: readonly AbiParameter[];
  /** Logs of exactly this many topics only (the ERC-721 Transfer shares ERC-20's topic0). */
  topicCount?: number;
  /** Turns the event's arguments into the app's shape (Alpha's VoteCast, an ERC-721 Transfer). */
  shape?: (args: Args) => Decoded;
};

/** The reader for a type viem decodes to a plain value, or undefined for one this decoder leaves to viem. */
function reader(type: string): Read | undefined {
  if (type === "address") return addressAt;
  if (type === "bool") return boolAt;
  if (type === "string") return stringAt;
  if (type === "bytes") return bytesAt;
  const uint = /^uint(\d*)$/.exec(type);
  if (uint) return Number(uint[1] || "256") > 48 ? uintAt : smallUintAt;
  const fixed = /^bytes(\d+)$/.exec(type);
  if (fixed) return (hex, at) => fixedBytesAt(hex, at, Number(fixed[1]));
  return undefined;
}
const isDynamic = (t: string) => t === "string" || t === "bytes" || t === "tuple" || t.endsWith("]");

/** The decoder of one event, or null when it has a type that only viem's generic path handles. */
function compile(e: Event, extra: Partial<Spec> = {}): Spec | null {
  const topics: Spec["topics"] = [];
  const data: Field[] = [];
  let generic = false;
  for (const p of e.inputs) {
    if (!p.name) return null; // unnamed arguments make an array of args in viem
    // viem hands an indexed dynamic value back as its topic (a hash of the value).
    const read = p.indexed && isDynamic(p.type) ? null : reader(p.type);
    if (p.indexed) {
      if (read === undefined) return null;
      topics.push({ name: p.name, read });
    } else if (read === undefined || read === null) generic = true;
    else data.push({ name: p.name, read });
  }
  const dataParams = e.inputs.filter((p) => !p.indexed);
  return { name: e.name, topics, data: generic ? null : data, dataParams, ...extra };
}

/** An event to specialise, with how its arguments become the app's shape (when they differ). */
export type FastEvent = { event: Event } & Pick<Spec, "topicCount" | "shape">;

/** Every topic0 of `events`, each with its specialised decoders in the given order (an event this file cannot
 * specialise has none: its logs go to viem's path). */
function specs(events: readonly FastEvent[]): Map<Hex, Spec[]> {
  const map = new Map<Hex, Spec[]>();
  for (const { event, ...extra } of events) {
    const spec = compile(event, extra);
    const selector = toEventSelector(event as Parameters<typeof toEventSelector>[0]);
    map.set(selector, [...(map.get(selector) ?? []), ...(spec ? [spec] : [])]);
  }
  return map;
}

function decodeWith(spec: Spec, topics: readonly Hex[], data: Hex): Decoded {
  if (spec.topicCount !== undefined && topics.length !== spec.topicCount) throw FAILS;
  const args: Args = {};
  for (let i = 0; i < spec.topics.length; i++) {
    const t = spec.topics[i];
    const topic = topics[i + 1];
    if (!t) break;
    if (topic === undefined) throw FAILS; // viem (strict) throws: too few topics
    args[t.name] = t.read ? t.read(topicHex(topic), 0) : topic;
  }
  const params = spec.dataParams;
  if (params.length > 0 && spec.data) {
    const hex = dataHex(data);
    if (hex.length < 64 * spec.data.length) throw FAILS; // viem reads past the end: it throws
    for (let i = 0; i < spec.data.length; i++) {
      const f = spec.data[i];
      if (f) args[f.name] = f.read(hex, 64 * i);
    }
  } else if (params.length > 0) {
    const values = decodeAbiParameters(params, data);
    for (let i = 0; i < params.length; i++) args[params[i]?.name ?? i] = values[i];
  }
  return spec.shape ? spec.shape(args) : ({ eventName: spec.name, args } as Decoded);
}

/**
 * A decoder for `events` that skips viem's generic path: the event is found by topic0 in a map (viem scans the
 * ABI, hashing each event's signature), and its static words and strings are read straight from the hex.
 * `decode` returns null when it declines (too few topics, short or malformed data, a type or a value it does
 * not specialise): the caller then uses viem's path, so every result equals viem's and every failure stays
 * viem's (decode-fast.test.ts compares both). `known` tells whether any of the events has this topic0
 * (compared exactly, as viem does).
 */
export function createFastDecoder(events: readonly FastEvent[]) {
  const byTopic0 = specs(events);
  return {
    known: (topic0: Hex) => byTopic0.has(topic0),
    decode(topics: readonly Hex[], data: Hex): Decoded | null {
      const topic0 = topics[0];
      const candidates = topic0 === undefined ? undefined : byTopic0.get(topic0);
      for (const spec of candidates ?? []) {
        try {
          return decodeWith(spec, topics, data);
        } catch (e) {
          // Only a failure viem would have too lets the next decoder try (the generic path's order); anything
          // else is left to viem, which may read it differently.
          if (e !== FAILS) return null;
        }
      }
      return null;
    },
  };
}

/** The DAO events' fast decoder, in the generic path's order: the DAO ABI, then an ERC-721 Transfer (it shares
 * ERC-20's topic0), then GovernorAlpha's VoteCast, both in OpenZeppelin's shape (see decode-generic.ts). */
export const daoFastDecoder = createFastDecoder([
  ...daoEventsAbi.map((event) => ({ event })),
  ...erc721TransferAbi.map((event) => ({
    event,
    topicCount: 4,
    shape: (a: Args) => ({ eventName: "Transfer", args: { from: a.from, to: a.to, value: 1n } }) as Decoded,
  })),
  ...alphaVoteCastAbi.map((event) => ({
    event,
    shape: (a: Args) =>
      ({
        eventName: "VoteCast",
        args: {
          voter: a.voter,
          proposalId: a.proposalId,
          support: a.support ? 1 : 0,
          weight: a.votes,
          reason: "",
        },
      }) as Decoded,
  })),
]);
