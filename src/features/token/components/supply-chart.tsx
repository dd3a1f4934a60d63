import { useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  DefaultTooltipContent,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  amountTooltip,
  amountYAxis,
  axisNote,
  CHART_MARGIN,
  dateText,
  timeXAxis,
  useTimeAxis,
} from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { seriesColor } from "@/components/chart-theme";
import type { TokenSeriesPoint } from "@/domain/analytics/token-series";
import type { BlockTime } from "@/domain/analytics/units";
import { chartUnits } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, logSource, timeRow } from "./chart-format";

/** Total supply over time, with each block that minted or burned marked. */
export function SupplyChart({
  series,
  unit,
  timeOf,
  transfers,
  block,
}: {
  series: readonly TokenSeriesPoint[];
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  transfers: number;
  block: number;
}) {
  const rows = useMemo(
    () =>
      series.map((p) => {
        // Floats only for the y position; the table and tooltip text come from the bigints.
        const total = chartUnits(p.totalSupply, unit.decimals);
        return {
          ...timeRow(p.blockNumber, timeOf),
          total,
          mint: p.minted > 0n ? total : null,
          burn: p.burned > 0n ? total : null,
          p,
        };
      }),
    [series, unit.decimals, timeOf],
  );
  const axis = useTimeAxis(rows);
  return (
    <ChartFrame
      title="Total supply"
      caption={`Tokens in existence (${unit.symbol}) after each block that changed it; dots mark mints and burns. Dates with ~ are estimated from the block time.${axisNote(axis)}`}
      source={`replay of ${logSource(transfers, "Transfer", block)}`}
      columns={[
        { key: "date", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        { key: "total", label: `Supply (${unit.symbol})`, numeric: true },
        { key: "minted", label: "Minted", numeric: true },
        { key: "burned", label: "Burned", numeric: true },
      ]}
      rows={rows.map((r) => ({
        date: dateText({ seconds: r.t / 1000, estimated: r.est }, axis.withTime),
        block: r.block.toLocaleString(),
        total: amountText(r.p.totalSupply, unit),
        minted: r.p.minted > 0n ? amountText(r.p.minted, unit) : "",
        burned: r.p.burned > 0n ? amountText(r.p.burned, unit) : "",
      }))}
      empty={`No ${unit.symbol} minted yet: this chart will show the total supply after each mint and burn.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...amountYAxis(unit.symbol, 56, unit.decimals === 0)} />
          <Tooltip
            {...amountTooltip(unit.symbol, (row, key) => {
              const p = (row as { p?: TokenSeriesPoint }).p;
              if (!p) return null;
              return amountText(key === "mint" ? p.minted : key === "burn" ? p.burned : p.totalSupply, unit);
            })}
            // A Scatter adds its x value (the time, already the heading) as an item of its own: left out.
            content={(props) => (
              <DefaultTooltipContent {...props} payload={props.payload?.filter((e) => e.dataKey !== "t")} />
            )}
          />
          <Line
            type="stepAfter"
            dataKey="total"
            name="Supply"
            stroke={seriesColor(0)}
            dot={rows.length === 1}
            isAnimationActive={false}
          />
          <Scatter dataKey="mint" name="Minted in block" fill={seriesColor(2)} isAnimationActive={false} />
          <Scatter dataKey="burn" name="Burned in block" fill={seriesColor(3)} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
