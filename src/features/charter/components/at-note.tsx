import type { AtBlock } from "@/lib/at-block";

/** Which block the page shows, why (a bad or future `?at=`), and a link back to the head. */
export function AtNote({
  at,
  shown,
  head,
  headHref,
}: {
  at: AtBlock;
  shown: number;
  head: number;
  headHref: string;
}) {
  const n = (x: number) => x.toLocaleString("en-US");
  if (at.kind === "invalid")
    return (
      <p className="panel charter-at" role="alert">
        “{at.raw}” is not a block number, so this shows the head (block {n(head)}).
      </p>
    );
  if (at.kind === "head") return <p className="muted">As of block {n(shown)} (the synced head).</p>;
  return (
    <p className="panel charter-at">
      {at.block > head
        ? `Block ${n(at.block)} is not synced yet; this shows the head, block ${n(head)}. `
        : `The charter as it stood at block ${n(shown)}. `}
      <a href={headHref}>Show the head</a>
    </p>
  );
}
