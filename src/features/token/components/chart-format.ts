import type { TimeRow } from "@/components/chart-axes";
import type { BlockTime } from "@/domain/analytics/units";
import { formatAmount } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";

/** A raw amount in the token's unit: "1,250.5 AIC", "3 NFTs". */
export const amountText = (raw: bigint, unit: TokenUnit): string =>
  `${formatAmount(raw, unit.decimals)} ${unit.symbol}`;

/** A share (0..1) as a percentage with one decimal. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A time row for a block. */
export const timeRow = (block: number, timeOf: (b: number) => BlockTime): TimeRow => {
  const time = timeOf(block);
  return { t: time.seconds * 1000, est: time.estimated, block };
};

/** "from N <kind> logs through block B". */
export const logSource = (count: number, kind: string, block: number): string =>
  `${count.toLocaleString()} ${kind} logs through block ${block.toLocaleString()}`;
