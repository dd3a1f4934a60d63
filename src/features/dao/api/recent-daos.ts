import type { Address } from "viem";

/** A DAO the person opened before, newest first in storage. */
export type RecentDao = { chainId: number; address: Address; name: string; openedAt: number };

const KEY = "plenum.recentDaos.v1";
const MAX = 12;

/** Recent DAOs, most recent first (empty when storage is unreadable). */
export function recentDaos(): RecentDao[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (d): d is RecentDao =>
          typeof d === "object" &&
          d !== null &&
          typeof d.chainId === "number" &&
          typeof d.address === "string" &&
          /^0x[0-9a-fA-F]{40}$/.test(d.address) &&
          typeof d.name === "string" &&
          typeof d.openedAt === "number",
      )
      .sort((a, b) => b.openedAt - a.openedAt);
  } catch {
    return [];
  }
}

/** Records an opened DAO at the top of the list (one entry per chain + address). */
export function rememberDao(dao: Omit<RecentDao, "openedAt">, now = Date.now()): void {
  const same = (d: RecentDao) =>
    d.chainId === dao.chainId && d.address.toLowerCase() === dao.address.toLowerCase();
  const next = [{ ...dao, openedAt: now }, ...recentDaos().filter((d) => !same(d))].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the list is a convenience, not worth an error.
  }
}
