import { formatUnits } from "viem";

/** A raw amount in whole units as a float, only for a chart's y value (display text uses formatAmount). */
export const chartUnits = (raw: bigint, decimals: number): number => Number(formatUnits(raw, decimals));

/** A block's date for a chart: seconds since the epoch and whether it was estimated from the block time. */
export type BlockTime = { seconds: number; estimated: boolean };
