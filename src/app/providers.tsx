import { type Query, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { WagmiProvider } from "wagmi";
import type { DevnetInfo } from "@/config/devnet-info";
import { AccountPickerHost } from "@/features/wallet/account-picker-dialog";
import { buildWagmiConfig } from "@/features/wallet/wagmi-config";
import { persistQueries } from "@/lib/query-persist";

/** Reads worth showing when the RPC is down on a later visit: DAO identities and proposal lists. */
const PERSISTED: readonly string[] = ["dao/identity", "proposals/list"];

type ListKey = { chainId?: number; governor?: string; syncedTo?: number } | undefined;

/** A proposal list is read again at every new head; only the newest one per DAO is worth keeping. */
function isSuperseded(client: QueryClient, q: Query): boolean {
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

function newQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } },
  });
  persistQueries(
    client,
    (q) =>
      PERSISTED.includes(`${String(q.queryKey[0])}/${String(q.queryKey[1])}`) && !isSuperseded(client, q),
  );
  return client;
}

/** Wallet (wagmi) and data (TanStack Query) providers; RainbowKit's modals load on the first wallet click. */
export function Providers({ devnet, children }: { devnet: DevnetInfo | null; children: ReactNode }) {
  const [wagmiConfig] = useState(() => buildWagmiConfig(devnet));
  const [queryClient] = useState(newQueryClient);
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        {children}
        <AccountPickerHost />
      </QueryClientProvider>
    </WagmiProvider>
  );
}
