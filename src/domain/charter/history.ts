import type { CharterEvent } from "./events";

/** The charter's size after the events of one block. */
export type CharterPoint = { block: number; timestamp: number | null; active: number; retired: number };

/** Principles in force and retired after each block with a charter event, through `atBlock`. */
export function principleCountSeries(events: readonly CharterEvent[], atBlock: number): CharterPoint[] {
  const points: CharterPoint[] = [];
  const ratified = new Set<string>();
  const retired = new Set<string>();
  for (const e of events) {
    if (e.block > atBlock) break;
    const key = `${e.charter.toLowerCase()}:${e.id}`;
    if (e.kind === "ratified") ratified.add(key);
    else if (ratified.has(key)) retired.add(key);
    const point = {
      block: e.block,
      timestamp: e.timestamp,
      active: ratified.size - retired.size,
      retired: retired.size,
    };
    const last = points[points.length - 1];
    if (last && last.block === e.block) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}
