/** Quorum progress: how much of the votes needed have been counted. `progressBps` is 0..10,000. */
export function QuorumMeter({ progressBps, label }: { progressBps: bigint | null; label: string }) {
  if (progressBps === null) return <p className="quorum quorum-unknown">Quorum: {label}</p>;
  const reached = progressBps >= 10_000n;
  const width = `${Number(progressBps) / 100}%`;
  return (
    <div className="quorum">
      <div
        className="quorum-track"
        role="progressbar"
        aria-label="Quorum progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Number(progressBps) / 100)}
      >
        <span className={reached ? "quorum-fill quorum-reached" : "quorum-fill"} style={{ width }} />
      </div>
      <p className="quorum-label">
        {reached ? "Quorum reached" : "Quorum"}: {label}
      </p>
    </div>
  );
}
