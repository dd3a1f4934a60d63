import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import type { CreateConnectorFn } from "wagmi";

/** The wagmi connectors for a wallet list, built by RainbowKit's public `connectorsForWallets` (it tags each
 * connector with the group and order its modal shows). The URL is passed, so WalletConnect's metadata names
 * the page that asks. */
export function connectorsFor(
  groups: WalletList,
  app: { appName: string; projectId: string },
): CreateConnectorFn[] {
  return connectorsForWallets(groups, {
    appName: app.appName,
    projectId: app.projectId,
    appDescription: app.appName,
    appUrl: window.location.origin,
  });
}
