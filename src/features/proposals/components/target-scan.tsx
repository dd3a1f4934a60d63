import { AddressCompare } from "@/components/address-compare";
import type { SecurityFinding } from "@/domain/security/finding";
import type { ScannedTarget, TargetScanReport } from "@/domain/security/target-report";
import { describeError } from "@/lib/errors";
import "./target-scan.css";

type Props = {
  report: TargetScanReport | null;
  error: unknown;
  isPending: boolean;
  proposedAt: bigint;
  onRetry: () => void;
};

const levelWord = { critical: "Critical", warning: "Warning", info: "Note" } as const;
const block = (b: bigint) => b.toLocaleString("en-US");

function FindingItem({ f }: { f: SecurityFinding }) {
  return (
    <li className={`risk risk-${f.level}`}>
      <strong>
        {levelWord[f.level]}: {f.title}
      </strong>
      {f.action !== undefined && <span className="risk-action"> (action {f.action + 1})</span>}
      <p>{f.detail}</p>
      {f.resembles && (
        <AddressCompare address={f.address} known={f.resembles.address} label={f.resembles.label} />
      )}
    </li>
  );
}

function codeLine(t: ScannedTarget): string {
  const s = t.scan;
  if (s.code.size === 0) return "No code at this block.";
  const bytes = `${s.code.size.toLocaleString("en-US")} bytes of code`;
  const scanned = s.implementation
    ? `; its implementation ${s.implementation.address} (${s.implementation.code.size.toLocaleString("en-US")} bytes) scanned too`
    : "";
  const clean = t.findings.length === 0 ? ", no SELFDESTRUCT, DELEGATECALL or CALLCODE, not a proxy" : "";
  const history =
    s.history.kind === "same" ? `, the same code as at block ${block(s.history.proposedAt)}` : "";
  return `${bytes}${scanned}${clean}${history}.`;
}

function TargetItem({ t }: { t: ScannedTarget }) {
  return (
    <li className="target-scan-target">
      <p className="target-scan-address">
        <code>{t.address}</code>{" "}
        <span className="muted">
          (action{t.actions.length > 1 ? "s" : ""} {t.actions.map((i) => i + 1).join(", ")})
        </span>
      </p>
      <p className="muted">{codeLine(t)}</p>
      {t.findings.length > 0 && (
        <ul className="risk-list" aria-label={`Findings for ${t.address}`}>
          {t.findings.map((f) => (
            <FindingItem key={`${f.rule}-${f.address}-${f.title}`} f={f} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** What each target's code is (or is not), whether it changed since the proposal, and risky calls. */
export function TargetScan({ report, error, isPending, proposedAt, onRetry }: Props) {
  return (
    <section className="panel target-scan" aria-labelledby="target-scan-heading">
      <h2 id="target-scan-heading">Target code scan</h2>
      {error ? (
        <p role="alert">
          Could not be checked: {describeError(error).title}{" "}
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : isPending || !report ? (
        <p aria-busy="true">Scanning the targets' code…</p>
      ) : (
        <>
          <p className="muted">
            Read at block {block(report.blockNumber)}: each target's code (eth_getCode) scanned for
            SELFDESTRUCT, DELEGATECALL and CALLCODE, its proxy slots, and its code when proposed at block{" "}
            {block(proposedAt)}.
          </p>
          {report.calls.length > 0 && (
            <ul className="risk-list" aria-label="Call findings">
              {report.calls.map((f) => (
                <FindingItem key={`${f.rule}-${f.action}-${f.address}`} f={f} />
              ))}
            </ul>
          )}
          <ul className="target-scan-list" aria-label="Scanned targets">
            {report.targets.map((t) => (
              <TargetItem key={t.address} t={t} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
