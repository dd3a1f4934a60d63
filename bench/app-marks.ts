/** What the page saw, in ms since its navigation started (the page's own `performance.now()`). */
export type PageMarks = {
  /** The list's count line first shown, with its text ("300 proposals"). */
  list?: { t: number; text: string };
  /** The list first showing every proposal of the DAO. */
  full?: { t: number };
  /** Each block a verification line ("Verified at block N", or one that names a failure) first named. */
  verified: Record<string, number>;
  /** Responses from the RPC that had ended when the list was first shown. */
  answersBeforeList?: number;
  /** The DAO's page first rendered (its "Proposals" heading: the identity known), and the answers in by then. */
  route?: { t: number; answers: number };
};

type BenchWindow = { __benchMarks?: PageMarks };

/**
 * Runs in the page before its own scripts (`addInitScript`): a MutationObserver notes, on the page's clock,
 * when the proposal list's count line first appears, when it shows all `expected` proposals, and when the sync
 * banner first names a verification at each block. Measured in the page, so Playwright's polling adds nothing.
 */
export function installMarks([expected, rpcUrl]: [number, string]) {
  const marks: PageMarks = { verified: {} };
  performance.setResourceTimingBufferSize(100_000); // the default 250 entries would drop a long first visit's
  (window as unknown as BenchWindow).__benchMarks = marks;
  const verifiedLine = /^(?:Verified|Not fully verified|Verification failed) at block ([\d,]+)/;
  // No named inner functions: tsx's keepNames would wrap them in a helper that does not exist in the page.
  new MutationObserver(() => {
    if (!marks.route && document.querySelector("h1")?.textContent === "Proposals")
      marks.route = {
        t: performance.now(),
        answers: performance.getEntriesByType("resource").filter((e) => e.name.startsWith(rpcUrl)).length,
      };
    const count = document.querySelector(".list-count")?.textContent?.trim();
    if (count && !marks.list) {
      marks.list = { t: performance.now(), text: count };
      marks.answersBeforeList = performance
        .getEntriesByType("resource")
        .filter((e) => e.name.startsWith(rpcUrl)).length;
    }
    const m = count ? /^([\d,]+) proposals$/.exec(count) : null;
    if (m && Number(m[1]?.replaceAll(",", "")) === expected && !marks.full)
      marks.full = { t: performance.now() };
    for (const p of document.querySelectorAll(".sync-banner p")) {
      const block = verifiedLine.exec(p.textContent ?? "")?.[1]?.replaceAll(",", "");
      if (block && !(block in marks.verified)) marks.verified[block] = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The first time the page named a verification at `head` or later (the list confirmed at the head). */
export function freshAt(marks: PageMarks, head: number): number | undefined {
  const times = Object.entries(marks.verified)
    .filter(([block]) => Number(block) >= head)
    .map(([, t]) => t);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** Reads the marks from the page (an empty set when the init script has not run). */
export const readMarks = () => (window as unknown as BenchWindow).__benchMarks ?? { verified: {} };
