import { useEffect } from "react";

/** Notes a moment of the page's work on its own performance timeline (`plenum:<name>`), where the bench and
 * the browser's profiler read it; a no-op where there is no timeline. */
export function perfMark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark(`plenum:${name}`);
}

/** Marks each named phase once per page load, when its flag first holds (e.g. "the list is verified"). */
export function usePhaseMarks(phases: Record<string, boolean>): void {
  const on = Object.entries(phases)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .join(",");
  useEffect(() => {
    for (const name of on.split(",")) {
      if (!name || marked.has(name)) continue;
      marked.add(name);
      perfMark(name);
    }
  }, [on]);
}
const marked = new Set<string>();
