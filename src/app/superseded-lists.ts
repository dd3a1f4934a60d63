import type { Query, QueryClient } from "@tanstack/react-query";

type ListKey = { chainId?: number; governor?: string; syncedTo?: number } | undefined;

/** A proposal list is read again at every new head; only the newest one per DAO is worth keeping. */
export function isSuperseded(client: QueryClient, q: Query): boolean {
  if (q.queryKey[0] !== "proposals" || q.queryKey[1] !== "list") return false;
  const mine = q.queryKey[2] as ListKey;
  return client
    .getQueryCache()
    .findAll({ queryKey: ["proposals", "list"], predicate: (o) => o.state.status === "success" })
    .some((o) => {
      const other = o.queryKey[2] as ListKey;
      return (
        other?.chainId === mine?.chainId &&
        other?.governor === mine?.governor &&
        (other?.syncedTo ?? 0) > (mine?.syncedTo ?? 0)
      );
    });
}
