import type { Flow } from "./types";

/** Spreadsheet apps execute cells that start with = + - @ (or a tab/CR): prefix them so a cell cannot run. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The flows as CSV; amounts raw and formatted by the caller (symbol, decimals), the link in words. */
export function flowsToCsv(
  flows: readonly Flow[],
  describe: (f: Flow) => { date: string; asset: string; amount: string; link: string },
): string {
  const header = [
    "date",
    "direction",
    "asset",
    "amount",
    "amount_raw",
    "counterparty",
    "block",
    "transaction",
    "linked_to",
    "category",
  ];
  const rows = flows.map((f) => {
    const d = describe(f);
    return [
      d.date,
      f.direction,
      d.asset,
      d.amount,
      f.amount.toString(),
      f.counterparty,
      String(f.block),
      f.tx,
      d.link,
      f.category,
    ];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n");
}
