import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, countYAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { MonthVoters } from "@/domain/analytics/participation";

const monthText = (start: number) =>
  new Date(start * 1000).toLocaleDateString(undefined, { month: "short", year: "numeric", timeZone: "UTC" });

/** Distinct voters in each calendar month. */
export function VotersMonthChart({
  months,
  untimed,
  source,
}: {
  months: readonly MonthVoters[];
  untimed: number;
  source: string;
}) {
  const rows = months.map((m) => ({ month: monthText(m.start), voters: m.voters, votes: m.votes }));
  return (
    <ChartFrame
      title="Unique voters per month"
      caption={`Distinct addresses that cast at least one vote in each month (UTC).${untimed ? ` ${untimed.toLocaleString()} votes whose logs carry no time are not placed.` : ""}`}
      source={source}
      columns={[
        { key: "month", label: "Month" },
        { key: "voters", label: "Unique voters", numeric: true },
        { key: "votes", label: "Votes cast", numeric: true },
      ]}
      rows={rows}
      empty={
        untimed
          ? "The vote logs carry no block times, so they cannot be placed in months."
          : "No votes yet: this chart will show how many addresses vote in each month."
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" {...axisTheme} />
          <YAxis {...countYAxis("voters")} />
          <Tooltip {...tooltipTheme} />
          <Bar dataKey="voters" name="Unique voters" fill={seriesColor(2)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
