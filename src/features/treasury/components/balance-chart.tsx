import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { amountYAxis, CHART_MARGIN, dateText, timeXAxis, useTimeAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { seriesColor, tooltipTheme } from "@/components/chart-theme";
import { chartUnits } from "@/domain/analytics/units";
import type { TreasuryReport } from "@/domain/treasury/report";
import { balanceSeries } from "@/domain/treasury/series";
import type { AssetId } from "@/domain/treasury/types";
import { countOf } from "@/lib/plural";
import { amountFormatter, blockText } from "./asset-format";

const COLUMNS = [
  { key: "date", label: "Date" },
  { key: "block", label: "Block", numeric: true },
  { key: "balance", label: "Balance", numeric: true },
];

/** One asset's balance over time: ERC-20s from every Transfer log (exact), ETH from the balance samples the
 * node served (ETH inflows are in no log). */
export function BalanceChart({ report, asset }: { report: TreasuryReport; asset: AssetId }) {
  const meta = report.meta.get(asset);
  const fmt = amountFormatter(report.meta);
  const decimals = meta?.decimals ?? 0;
  const points = useMemo(
    () => (asset === "ETH" ? report.eth.samples : balanceSeries(report.flows, asset)),
    [report, asset],
  );
  const data = useMemo(
    () =>
      points
        .filter((p) => p.timestamp !== null)
        // A float only for the plotted y; every figure shown in text stays an exact bigint.
        .map((p) => ({
          t: (p.timestamp ?? 0) * 1000,
          y: chartUnits(p.balance, decimals),
          raw: p.balance,
          block: p.block,
        })),
    [points, decimals],
  );
  const axis = useTimeAxis(data);
  const symbol = meta?.symbol ?? "";
  const eth = asset === "ETH";
  const caption = eth
    ? `ETH balance samples (eth_getBalance): the node served ${report.eth.samples.length} of ${report.eth.asked} asked through block ${blockText(report.block)}. ETH received appears in no log, so where the node has no history (non-archive nodes, the devnet's pruned state) ETH inflows are not visible; ETH paid out is in the flows table (CallExecuted values).`
    : `${symbol} held after each block that moved it, summed from ${countOf(points.length, "block")} of Transfer logs through block ${blockText(report.block)} (opening balance 0).`;
  return (
    <ChartFrame
      title={`${symbol} balance over time`}
      caption={caption}
      source={eth ? "eth_getBalance samples" : "Transfer logs to and from the treasury"}
      columns={COLUMNS}
      rows={data.map((d) => ({
        date: dateText({ seconds: d.t / 1000, estimated: false }, axis.withTime),
        block: blockText(d.block),
        balance: fmt(asset, d.raw),
      }))}
      empty={
        eth
          ? "The node served no historical ETH balance, so the ETH balance over time cannot be drawn."
          : `No ${symbol} transfers yet: this chart will show the treasury's ${symbol} balance after each one.`
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...amountYAxis(symbol, 64, decimals === 0)} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(_l, payload) => {
              const row = payload[0]?.payload as (typeof data)[number] | undefined;
              return row
                ? `${dateText({ seconds: row.t / 1000, estimated: false }, true)} · block ${blockText(row.block)}`
                : "";
            }}
            formatter={(_v, _n, item) => [fmt(asset, (item.payload as { raw: bigint }).raw), "Balance"]}
          />
          <Area
            type="stepAfter"
            dataKey="y"
            stroke={seriesColor(0)}
            fill={seriesColor(0)}
            fillOpacity={0.15}
            dot={data.length === 1}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
