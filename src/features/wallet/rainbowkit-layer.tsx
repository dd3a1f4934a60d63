import "@rainbow-me/rainbowkit/styles.css";
import {
  darkTheme,
  lightTheme,
  RainbowKitProvider,
  useAccountModal,
  useChainModal,
  useConnectModal,
} from "@rainbow-me/rainbowkit";
import { useEffect, useSyncExternalStore } from "react";
import { resolvedTheme, subscribeTheme } from "@/lib/theme";
import { registerOpeners } from "./wallet-modals";

const accent = { accentColor: "#3535c8", accentColorForeground: "#ffffff", borderRadius: "medium" } as const;
const rkLight = lightTheme(accent);
const rkDark = darkTheme({ ...accent, accentColor: "#a3acff", accentColorForeground: "#0e1014" });

function ModalBridge() {
  const { openConnectModal } = useConnectModal();
  const { openAccountModal } = useAccountModal();
  const { openChainModal } = useChainModal();
  useEffect(() => {
    registerOpeners({ connect: openConnectModal, account: openAccountModal, chain: openChainModal });
  }, [openConnectModal, openAccountModal, openChainModal]);
  return null;
}

/** RainbowKit's modals, themed like the app; loaded on the first wallet click. */
export function RainbowKitLayer() {
  const theme = useSyncExternalStore(subscribeTheme, resolvedTheme, () => "light" as const);
  return (
    <RainbowKitProvider theme={theme === "dark" ? rkDark : rkLight} appInfo={{ appName: "Plenum" }}>
      <ModalBridge />
    </RainbowKitProvider>
  );
}
