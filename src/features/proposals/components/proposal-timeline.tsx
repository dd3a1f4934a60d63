import type { TimelineEntry } from "@/domain/proposals/timeline";

const dateText = (seconds: number) =>
  new Date(seconds * 1000).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });

/** The proposal's life as an ordered list; estimated times carry a "~" and say so. */
export function ProposalTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((e) => (
        <li key={e.label} className={e.done ? "timeline-done" : "timeline-next"}>
          <strong>{e.label}</strong>
          <span className="timeline-when">
            {e.time !== null && (
              <time
                dateTime={new Date(e.time * 1000).toISOString()}
                title={e.estimated ? "estimated from recent block times" : undefined}
              >
                {e.estimated ? "~" : ""}
                {dateText(e.time)} UTC
              </time>
            )}
            {e.block !== null && <span className="muted"> · block {e.block.toLocaleString("en-US")}</span>}
          </span>
          {e.note && <span className="timeline-note">{e.note}</span>}
        </li>
      ))}
    </ol>
  );
}
