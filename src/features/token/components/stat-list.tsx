import type { ReactNode } from "react";
import "./token.css";

/** One headline figure: its value, what it is, and where it came from. */
export type Stat = { label: string; value: ReactNode; note?: ReactNode };

/** A row of headline figures (each a panel). */
export function StatList({ stats, label }: { stats: readonly Stat[]; label: string }) {
  return (
    <ul className="token-stats" aria-label={label}>
      {stats.map((s) => (
        <li key={s.label} className="token-stat panel">
          <span className="token-stat-value">{s.value}</span>
          <span className="token-stat-label">{s.label}</span>
          {s.note && <span className="token-stat-note">{s.note}</span>}
        </li>
      ))}
    </ul>
  );
}
