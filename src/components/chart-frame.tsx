import { type ReactNode, useId, useState } from "react";
import "./chart-frame.css";

/** One column of a chart's table view; `numeric` right-aligns it. */
export type TableColumn = { key: string; label: string; numeric?: boolean };
/** One row of a chart's table view, already formatted for display (keys are the columns' keys). */
export type TableRow = Record<string, ReactNode>;

/**
 * A chart with its caption, its source ("from 1,204 Transfer logs through block N") and a table of the same
 * data behind a toggle (for screen readers and copying). The chart itself is the children: a recharts element
 * built by the feature from a domain series.
 */
export function ChartFrame({
  title,
  caption,
  source,
  columns,
  rows,
  empty,
  children,
}: {
  title: string;
  caption: ReactNode;
  source: ReactNode;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Shown instead of the chart when there is nothing to plot: "No … yet", and what the chart would show. */
  empty: ReactNode;
  children: ReactNode;
}) {
  const [table, setTable] = useState(false);
  const id = useId();
  const hasData = rows.length > 0;
  return (
    <figure className="chart-frame panel" aria-labelledby={`${id}-title`}>
      <div className="chart-frame-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {hasData && (
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={table}
            onClick={() => setTable((t) => !t)}
          >
            {table ? "Show chart" : "Show table"}
          </button>
        )}
      </div>
      <figcaption className="chart-frame-caption">{caption}</figcaption>
      {!hasData ? (
        <p className="muted">{empty}</p>
      ) : table ? (
        // Focusable so a keyboard can scroll a long table (axe: scrollable-region-focusable).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll
        <section className="chart-frame-table" tabIndex={0} aria-label={`${title}: table`}>
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                // Rows are a derived series with no identity of their own; order is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: a series row is identified by its place
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.numeric ? "num" : undefined}>
                      {r[c.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <div className="chart-frame-plot">{children}</div>
      )}
      <p className="chart-frame-source muted">Source: {source}</p>
    </figure>
  );
}
