import { type ClockMode, humanSeconds } from "@/domain/dao/clock";

/** Where the chain is now, to turn clock values (blocks or seconds) into dates. */
export type ClockNow = {
  mode: ClockMode;
  /** The governor's clock() at the pinned block. */
  clock: bigint;
  /** The pinned block's timestamp, seconds. */
  timestamp: number;
  /** Average seconds per block over recent blocks (block clocks only). */
  secondsPerBlock: number;
  /** Timestamps of past blocks read from the chain; exact where present, estimated elsewhere. */
  blockTimes?: ReadonlyMap<bigint, number>;
};

/** A clock value as a unix time in seconds; exact on timestamp clocks, an estimate on block clocks. */
export function clockToTime(value: bigint, now: ClockNow): { seconds: number; estimated: boolean } {
  if (now.mode.kind === "timestamp") return { seconds: Number(value), estimated: false };
  const known = now.blockTimes?.get(value);
  if (known !== undefined) return { seconds: known, estimated: false };
  return {
    seconds: now.timestamp + Number(value - now.clock) * now.secondsPerBlock,
    estimated: value > now.clock,
  };
}

/** "ends in ~3 h", "ended 2 days ago", "starts in 1 day": relative to the pinned block. */
export function relativeClock(value: bigint, now: ClockNow, future: string, past: string): string {
  const { seconds, estimated } = clockToTime(value, now);
  const delta = seconds - now.timestamp;
  const span = humanSeconds(Math.abs(delta));
  return delta > 0 ? `${future} in ${estimated ? "~" : ""}${span}` : `${past} ${span} ago`;
}
