/** A proposal id for display: short ids (sequential counters: 1, 2, 3…) whole, as "#1"; long content-hash ids
 * as their first 8 and last 6 digits, e.g. "29156231…074841" (the whole id goes in a title). */
export function shortProposalId(id: bigint): string {
  const digits = id.toString();
  return digits.length <= 16 ? `#${digits}` : `${digits.slice(0, 8)}…${digits.slice(-6)}`;
}
