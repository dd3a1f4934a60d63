import type { AtBlock } from "@/lib/at-block";

/** Which block the page shows, with a link to the head; names an invalid `?at=` or one past the synced block. */
export function AtBlockNote({
  at,
  block,
  capped,
  headHref,
}: {
  at: AtBlock;
  block: number;
  capped: boolean;
  headHref: string;
}) {
  const n = block.toLocaleString("en-US");
  if (at.kind === "invalid")
    return (
      <p className="panel panel-warning" role="alert">
        “{at.raw}” is not a block number, so this shows the latest synced block ({n}).{" "}
        <a href={headHref}>Remove ?at=</a>
      </p>
    );
  if (at.kind === "head") return <p className="muted">As of block {n} (the latest synced block).</p>;
  return (
    <p className="panel panel-warning" data-testid="at-note">
      {capped
        ? `Block ${at.block.toLocaleString("en-US")} is past the synced head, so this shows block ${n}.`
        : `As it stood at block ${n}.`}{" "}
      <a href={headHref}>Show the latest block</a>
    </p>
  );
}
