import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import { percent } from "./chart-format";

/** The Lorenz curve of voting power against the line of perfect equality. */
export function LorenzChart({
  points,
  gini,
  delegates,
  source,
}: {
  points: readonly { x: number; y: number }[];
  gini: number;
  delegates: number;
  source: string;
}) {
  const rows = points.map((p) => ({ x: p.x * 100, y: p.y * 100, equal: p.x * 100 }));
  return (
    <ChartFrame
      title="Lorenz curve of voting power"
      caption={`Share of all delegated power held by the smallest x% of the ${delegates.toLocaleString()} delegates. The diagonal is perfect equality; the further the curve sags below it, the more concentrated the power${points.length > 0 ? ` (Gini ${gini.toFixed(3)})` : ""}.`}
      source={source}
      columns={[
        { key: "x", label: "Smallest delegates", numeric: true },
        { key: "y", label: "Share of power they hold", numeric: true },
      ]}
      rows={points.map((p) => ({ x: percent(p.x), y: percent(p.y) }))}
      empty="Nobody has delegated voting power yet: this chart will show how evenly it is spread across delegates."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="x" type="number" domain={[0, 100]} unit="%" {...axisTheme} />
          <YAxis domain={[0, 100]} unit="%" width={48} {...axisTheme} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(x) => `Smallest ${Number(x).toFixed(1)}% of delegates`}
            formatter={(v, name) => [`${Number(v).toFixed(1)}%`, name]}
          />
          <Line
            dataKey="equal"
            name="Equality"
            stroke={seriesColor(5)}
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="y"
            name="Share of power"
            stroke={seriesColor(0)}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
