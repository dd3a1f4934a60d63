import type { DaoEvent } from "./decode";

/** Decoded events as the decoding worker sends them back: numbers (and how to read the rest) in one typed
 * array, every string and bigint as text in one string, the names in a small table. Rebuilding the objects
 * from these costs the main thread a fraction of the structured clone of an object graph per event. */
export type WireEvents = { count: number; names: string[]; nums: Float64Array; text: string };

// How a value is written: its tag, then a number (inline) or a text length.
const BIGINT = 0;
const NUMBER = 1;
const STRING = 2;
const TRUE = 3;
const FALSE = 4;
const ARRAY = 5;

/** Packs events for the trip back, or null when a value is of a kind this format does not carry (the caller
 * then sends the events as they are). Values: bigints, numbers, strings, booleans and arrays of them. */
export function packEvents(events: readonly DaoEvent[]): WireEvents | null {
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const name = (s: string) => {
    let id = nameIds.get(s);
    if (id === undefined) {
      id = names.push(s) - 1;
      nameIds.set(s, id);
    }
    return id;
  };
  const nums: number[] = [];
  const text: string[] = [];
  const str = (s: string) => {
    nums.push(s.length);
    text.push(s);
  };
  const value = (v: unknown): boolean => {
    if (typeof v === "bigint") {
      nums.push(BIGINT);
      str(v.toString());
    } else if (typeof v === "number") nums.push(NUMBER, v);
    else if (typeof v === "string") {
      nums.push(STRING);
      str(v);
    } else if (typeof v === "boolean") nums.push(v ? TRUE : FALSE);
    else if (Array.isArray(v)) {
      nums.push(ARRAY, v.length);
      return v.every(value);
    } else return false;
    return true;
  };
  for (const e of events) {
    const args = Object.entries(e.args as Record<string, unknown>);
    nums.push(name(e.eventName), e.blockNumber, e.logIndex, e.finalized ? 1 : 0, e.blockTimestamp ?? -1);
    nums.push(args.length);
    str(e.address);
    str(e.transactionHash);
    for (const [k, v] of args) {
      nums.push(name(k));
      if (!value(v)) return null;
    }
  }
  return { count: events.length, names, nums: Float64Array.from(nums), text: text.join("") };
}

/** The events packEvents packed, equal to the originals. */
export function unpackEvents(w: WireEvents): DaoEvent[] {
  const { nums, text, names } = w;
  let n = 0;
  let t = 0;
  const num = () => nums[n++] ?? 0;
  const str = () => {
    const len = num();
    const s = text.slice(t, t + len);
    t += len;
    return s;
  };
  const value = (): unknown => {
    const tag = num();
    if (tag === BIGINT) return BigInt(str());
    if (tag === NUMBER) return num();
    if (tag === STRING) return str();
    if (tag === TRUE || tag === FALSE) return tag === TRUE;
    const out: unknown[] = [];
    for (let k = num(); k > 0; k--) out.push(value());
    return out;
  };
  const out: DaoEvent[] = [];
  for (let i = 0; i < w.count; i++) {
    const eventName = names[num()] ?? "";
    const blockNumber = num();
    const logIndex = num();
    const finalized = num() === 1;
    const ts = num();
    const argCount = num();
    const address = str();
    const transactionHash = str();
    const args: Record<string, unknown> = {};
    for (let k = 0; k < argCount; k++) args[names[num()] ?? ""] = value();
    const e = { eventName, args, address, blockNumber, logIndex, transactionHash, finalized } as DaoEvent;
    if (ts !== -1) e.blockTimestamp = ts;
    out.push(e);
  }
  return out;
}
