import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { WagmiProvider } from "wagmi";
import type { DevnetInfo } from "@/config/devnet-info";
import { AccountPickerHost } from "@/features/wallet/account-picker-dialog";
import { buildWagmiConfig } from "@/features/wallet/wagmi-config";

/** Wallet (wagmi) and data (TanStack Query) providers; RainbowKit's modals load on the first wallet click. */
export function Providers({ devnet, children }: { devnet: DevnetInfo | null; children: ReactNode }) {
  const [wagmiConfig] = useState(() => buildWagmiConfig(devnet));
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        {children}
        <AccountPickerHost />
      </QueryClientProvider>
    </WagmiProvider>
  );
}
