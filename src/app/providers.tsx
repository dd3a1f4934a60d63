import "@rainbow-me/rainbowkit/styles.css";
import { darkTheme, lightTheme, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState, useSyncExternalStore } from "react";
import { WagmiProvider } from "wagmi";
import type { DevnetInfo } from "@/config/devnet-info";
import { AccountPickerHost } from "@/features/wallet/account-picker-dialog";
import { buildWagmiConfig } from "@/features/wallet/wagmi-config";
import { resolvedTheme, subscribeTheme } from "@/lib/theme";

const accent = { accentColor: "#3535c8", accentColorForeground: "#ffffff", borderRadius: "medium" } as const;
const rkLight = lightTheme(accent);
const rkDark = darkTheme({ ...accent, accentColor: "#a3acff", accentColorForeground: "#0e1014" });

/** Wallet (wagmi + RainbowKit) and data (TanStack Query) providers, themed like the app. */
export function Providers({ devnet, children }: { devnet: DevnetInfo | null; children: ReactNode }) {
  const [wagmiConfig] = useState(() => buildWagmiConfig(devnet));
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  const theme = useSyncExternalStore(subscribeTheme, resolvedTheme, () => "light" as const);
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider theme={theme === "dark" ? rkDark : rkLight} appInfo={{ appName: "Plenum" }}>
          {children}
          <AccountPickerHost />
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
