import type { ReactNode } from "react";

/** A table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="treasury-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
