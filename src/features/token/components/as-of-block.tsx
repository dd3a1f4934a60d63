import type { AtBlock } from "@/lib/at-block";
import "./token.css";

/** Which block the page shows, a note when `?at=` was not usable, and a link back to the head. */
export function AsOfBlock({
  at,
  block,
  syncedTo,
  headHref,
}: {
  at: AtBlock;
  block: number;
  syncedTo: number;
  headHref: string;
}) {
  const pinned = block < syncedTo;
  return (
    <>
      {at.kind === "invalid" && (
        <p className="panel panel-warning" role="note">
          "{at.raw}" is not a block number, so this page shows the latest synced block. Use ?at= with a
          decimal block number.
        </p>
      )}
      {at.kind === "block" && at.block > syncedTo && (
        <p className="panel panel-warning" role="note">
          Block {at.block.toLocaleString()} is after the latest synced block; showing block{" "}
          {syncedTo.toLocaleString()} instead.
        </p>
      )}
      <p className="token-at">
        <span>
          {pinned ? "As it stood at block " : "As of block "}
          <strong>{block.toLocaleString()}</strong>
          {pinned ? "" : " (the latest synced block)"}.
        </span>
        {pinned && <a href={headHref}>Show the latest block ({syncedTo.toLocaleString()})</a>}
      </p>
    </>
  );
}
