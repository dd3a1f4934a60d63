import { countOf } from "@/lib/plural";
import { type SyncStatus, useSyncStatus } from "../api/sync-status";

/** One start found from logs, as the sync status carries it. */
export type StartNote = NonNullable<SyncStatus["starts"]>[number];

const n = (x: number) => x.toLocaleString("en-US");

/** What the sync did where the node could not say when the DAO's contracts were deployed, in one sentence. */
export function startNoteLine(s: StartNote): string {
  const why = s.missingState
    ? "This RPC keeps no old state"
    : `This RPC could not answer eth_getCode at old blocks (${s.probeError})`;
  if (s.none)
    return `${why}, and none of the DAO's contracts has logged anything: history is read from block 0.`;
  if (s.exact)
    return `${why}; the DAO's start was found from its logs at block ${n(s.block)} (${countOf(s.requests, "request")}).`;
  const cap = s.rangeCap === null ? "" : ` and takes eth_getLogs over at most ${n(s.rangeCap)} blocks`;
  return `${why}${cap}, so the DAO's start could not be found within ${countOf(s.requests, "request")}: history is read from block ${n(s.block)}, before which none of its contracts logged.`;
}

/** The earliest start found from logs (the DAO's contracts; a treasury stream's start is at or after it). */
export function SyncStartNoteView({ starts }: { starts: readonly StartNote[] }) {
  const first = [...starts].sort((a, b) => a.block - b.block)[0];
  if (!first) return null;
  return (
    <p className="muted" role="note">
      {startNoteLine(first)}
    </p>
  );
}

/** The live start note of a chain's sync (nothing where the deployment was found from code or given). */
export function SyncStartNote({ chainId }: { chainId: number }) {
  return <SyncStartNoteView starts={useSyncStatus(chainId).starts ?? []} />;
}
