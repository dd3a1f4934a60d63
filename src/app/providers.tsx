import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { AddressLabelContext } from "@/components/address";
import type { DevnetInfo } from "@/config/devnet-info";
import { useAddressLabel } from "@/features/names/api/use-address-label";
import { AccountPickerHost } from "@/features/wallet/account-picker-dialog";
import { WalletProvider } from "@/features/wallet/wallet-provider";
import { persistQueries } from "@/lib/query-persist";
import { LISTS_STORAGE_KEY } from "@/lib/query-persist-read";
import { isSuperseded } from "./superseded-lists";

/** Reads worth showing when the RPC is down on a later visit: DAO identities and proposal lists, stored apart
 * (a large DAO's list exceeds what one entry may hold, and must not cost the identity its place). */
const kindOf = (q: { queryKey: readonly unknown[] }) => `${String(q.queryKey[0])}/${String(q.queryKey[1])}`;

function newQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } },
  });
  persistQueries(client, (q) => kindOf(q) === "dao/identity");
  persistQueries(
    client,
    (q) => kindOf(q) === "proposals/list" && !isSuperseded(client, q),
    LISTS_STORAGE_KEY,
  );
  return client;
}

/** Wallet (wagmi; its full config loads after the first paint), data (TanStack Query) and address-name
 * providers; RainbowKit's modals load on the first wallet click. */
export function Providers({ devnet, children }: { devnet: DevnetInfo | null; children: ReactNode }) {
  const [queryClient] = useState(newQueryClient);
  return (
    <WalletProvider devnet={devnet}>
      <QueryClientProvider client={queryClient}>
        <AddressLabelContext.Provider value={useAddressLabel}>
          {children}
          <AccountPickerHost />
        </AddressLabelContext.Provider>
      </QueryClientProvider>
    </WalletProvider>
  );
}
