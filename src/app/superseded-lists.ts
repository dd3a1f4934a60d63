import type { Query, QueryClient } from "@tanstack/react-query";
import { listKeyDao } from "@/features/proposals/api/keys";

/** A proposal list is read again at every new head; only the newest one per DAO is worth keeping. */
export function isSuperseded(client: QueryClient, q: Query): boolean {
  const mine = listKeyDao(q.queryKey);
  if (!mine) return false;
  return client
    .getQueryCache()
    .findAll({ queryKey: ["proposals", "list"], predicate: (o) => o.state.status === "success" })
    .some((o) => {
      const other = listKeyDao(o.queryKey);
      return (
        other !== null &&
        other.chainId === mine.chainId &&
        other.governor.toLowerCase() === mine.governor.toLowerCase() &&
        other.syncedTo > mine.syncedTo
      );
    });
}
