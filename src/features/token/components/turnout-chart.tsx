import { useMemo } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { amountYAxis, CHART_MARGIN, compact, dateText } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { Turnout } from "@/domain/analytics/participation";
import { type BlockTime, chartUnits } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, percent } from "./chart-format";

/** Votes cast on each proposal against its quorum, oldest first; or, as `share`, the share of the delegated
 * power at its snapshot that voted. */
export function TurnoutChart({
  turnouts,
  unit,
  timeOf,
  source,
  share = false,
}: {
  turnouts: readonly Turnout[];
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  source: string;
  share?: boolean;
}) {
  const rows = useMemo(
    () =>
      turnouts.map((t, i) => ({
        name: `P${i + 1}`,
        date: dateText(
          t.createdAt === undefined ? timeOf(t.createdBlock) : { seconds: t.createdAt, estimated: false },
        ),
        // Floats only for the bar and line heights; the table shows exact amounts.
        votes: chartUnits(t.votes, unit.decimals),
        quorum: t.quorum === null ? null : chartUnits(t.quorum, unit.decimals),
        share: t.shareOfDelegated === null ? null : t.shareOfDelegated * 100,
        t,
      })),
    [turnouts, unit.decimals, timeOf],
  );
  const columns = [
    { key: "name", label: "Proposal" },
    { key: "date", label: "Created" },
    { key: "votes", label: `Votes cast (${unit.symbol})`, numeric: true },
    { key: "quorum", label: `Quorum (${unit.symbol})`, numeric: true },
    { key: "share", label: "Share of delegated", numeric: true },
    { key: "id", label: "Proposal id" },
  ];
  return (
    <ChartFrame
      title={share ? "Share of delegated power that voted" : "Turnout per proposal vs quorum"}
      caption={
        share
          ? "Votes cast on each proposal as a share of all delegated power at its snapshot (P1 is the oldest)."
          : `Votes cast (${unit.symbol}) on each proposal whose voting has started, with the quorum read at its snapshot (P1 is the oldest).`
      }
      source={source}
      columns={columns}
      rows={rows.map((r) => ({
        name: r.name,
        date: r.date,
        votes: amountText(r.t.votes, unit),
        quorum: r.t.quorum === null ? "unknown" : amountText(r.t.quorum, unit),
        share: r.t.shareOfDelegated === null ? "unknown" : percent(r.t.shareOfDelegated),
        id: r.t.id.toString(),
      }))}
      empty={`No proposal has reached its voting period yet: this chart will show ${share ? "the share of delegated power that voted on" : "the votes cast against the quorum of"} each one.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" {...axisTheme} />
          {share ? (
            <YAxis domain={[0, 100]} unit="%" width={48} {...axisTheme} />
          ) : (
            <YAxis {...amountYAxis(unit.symbol)} />
          )}
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(l, payload) =>
              `${l} · created ${(payload[0]?.payload as { date?: string })?.date ?? ""}`
            }
            formatter={(v, name) => [
              share ? `${Number(v).toFixed(1)}%` : `${compact(Number(v))} ${unit.symbol}`,
              name,
            ]}
          />
          <Legend />
          {share ? (
            <Bar dataKey="share" name="Voted" fill={seriesColor(4)} isAnimationActive={false} />
          ) : (
            <>
              <Bar dataKey="votes" name="Votes cast" fill={seriesColor(0)} isAnimationActive={false} />
              <Line
                type="stepAfter"
                dataKey="quorum"
                name="Quorum"
                stroke={seriesColor(1)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
