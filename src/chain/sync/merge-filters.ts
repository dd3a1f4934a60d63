import type { LogTopic } from "viem";
import type { LogFilter } from "./fetch-ranges";

/** One topic position as a set of allowed values (lower case), or null for any. */
type Slot = Set<string> | null;

const slotOf = (t: LogTopic | undefined): Slot =>
  t === null || t === undefined
    ? null
    : new Set((typeof t === "string" ? [t] : t).map((x) => x.toLowerCase()));
const addressesOf = (f: LogFilter): Slot => (f.address.length === 0 ? null : slotOf(f.address));
const sameSlot = (a: Slot, b: Slot) =>
  a === null || b === null ? a === b : a.size === b.size && [...a].every((x) => b.has(x));
const union = (a: Slot, b: Slot): Slot => (a === null || b === null ? null : new Set([...a, ...b]));

type Matcher = (address: string, topics: readonly string[]) => boolean;
// One matcher per filter object: building the sets per log was most of a 10,000-log answer's main-thread time.
const matchers = new WeakMap<LogFilter, Matcher>();

/** A predicate for `filter`, its sets built once. */
function matcherOf(filter: LogFilter): Matcher {
  const known = matchers.get(filter);
  if (known) return known;
  const a = addressesOf(filter);
  const slots = filter.topics.map(slotOf);
  const has = (s: Set<string>, x: string) => s.has(x) || s.has(x.toLowerCase());
  const m: Matcher = (address, topics) => {
    if (a && !has(a, address)) return false;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      const got = topics[i];
      if (s && (got === undefined || !has(s, got))) return false;
    }
    return true;
  };
  matchers.set(filter, m);
  return m;
}

/** True when a log with this address and these topics is one `filter` asks for. */
export function logMatches(address: string, topics: readonly string[], filter: LogFilter): boolean {
  return matcherOf(filter)(address, topics);
}

/** One filter whose results are exactly the union of both, or null when there is none: that needs the two to
 * differ in at most one place (the addresses, or one topic position), else the union would ask for more. */
export function mergeFilters(a: LogFilter, b: LogFilter): LogFilter | null {
  const n = Math.max(a.topics.length, b.topics.length);
  const ta = Array.from({ length: n }, (_, i) => slotOf(a.topics[i]));
  const tb = Array.from({ length: n }, (_, i) => slotOf(b.topics[i]));
  const slotsA = [addressesOf(a), ...ta];
  const slotsB = [addressesOf(b), ...tb];
  const differ = slotsA.flatMap((s, i) => (sameSlot(s, slotsB[i] ?? null) ? [] : [i]));
  if (differ.length > 1) return null;
  const merged = slotsA.map((s, i) => (i === differ[0] ? union(s, slotsB[i] ?? null) : s));
  const [address, ...topics] = merged;
  const asTopic = (s: Slot): LogTopic =>
    s === null ? null : s.size === 1 ? ([...s][0] as `0x${string}`) : ([...s] as `0x${string}`[]);
  const out = topics.map(asTopic);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return { address: address ? ([...address] as `0x${string}`[]) : [], topics: out };
}

/** Streams that can share each getLogs: same blocks to fetch and filters that merge exactly. Returns each
 * group's filter and its members' indexes, in the order given. */
export function fetchGroups(
  items: readonly { filter: LogFilter; blocks: string }[],
): { filter: LogFilter; members: number[] }[] {
  const groups: { filter: LogFilter; blocks: string; members: number[] }[] = [];
  items.forEach((item, i) => {
    for (const g of groups) {
      const merged = g.blocks === item.blocks ? mergeFilters(g.filter, item.filter) : null;
      if (merged) {
        g.filter = merged;
        g.members.push(i);
        return;
      }
    }
    groups.push({ filter: item.filter, blocks: item.blocks, members: [i] });
  });
  return groups.map(({ filter, members }) => ({ filter, members }));
}
