import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Hex, Log } from "viem";
import { toStoredLog } from "../src/chain/sync/stored-log";
import { decodeDaoLogs } from "../src/domain/events/decode";
import { decodeDaoLogsWithViem } from "./decode-viem";
import { synthLogs } from "./mainthread-logs";

/** Per-log decode cost in node on the synthetic bench DAO: the app's decoder (fast path) against the loop it
 * replaced (viem's generic path for every log, bench/decode-viem.ts), on the same logs, alternating, best of `rounds`. */
export function decodeSpeed(scale: number, rounds = 3) {
  const logs = synthLogs(scale).flatMap((l) => toStoredLog(l as unknown as Log<Hex, Hex, boolean>) ?? []);
  const generic = () => decodeDaoLogsWithViem(logs).events.length;
  const fast = () => decodeDaoLogs(logs).events.length;
  const best = { generic: Number.POSITIVE_INFINITY, fast: Number.POSITIVE_INFINITY };
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    events = generic();
    best.generic = Math.min(best.generic, performance.now() - t);
    t = performance.now();
    if (fast() !== events) throw new Error("the two decoders disagree on the count");
    best.fast = Math.min(best.fast, performance.now() - t);
  }
  return { logs: logs.length, events, ...best };
}

// `tsx bench/decode-speed.ts --scale 1`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: v } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
  const load = loadavg()[0] ?? 0;
  const r = decodeSpeed(Number(v.scale));
  const rate = (ms: number) => Math.round((r.logs / ms) * 1000).toLocaleString("en");
  console.log(
    `${r.logs} logs, ${r.events} events; viem generic ${r.generic.toFixed(0)} ms (${rate(r.generic)}/s), fast ${r.fast.toFixed(0)} ms (${rate(r.fast)}/s), ${(r.generic / r.fast).toFixed(1)}x; load ${load.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
}
