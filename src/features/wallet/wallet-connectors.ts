import type { Wallet, WalletList } from "@rainbow-me/rainbowkit";
import type { CreateConnectorFn } from "wagmi";

/**
 * RainbowKit's connectorsForWallets, rebuilt on the same public types: importing the original pulls
 * RainbowKit's whole UI bundle into start-up, while the wallets and this list need only wagmi.
 * Each connector carries `rkDetails`, which the (lazily loaded) modal reads to group and order wallets.
 */
export function connectorsFor(
  groups: WalletList,
  app: { appName: string; projectId: string },
): CreateConnectorFn[] {
  const metadata = { name: app.appName, description: app.appName, url: window.location.origin, icons: [] };
  const connectors: CreateConnectorFn[] = [];
  const seen = new Set<string>();
  let index = -1;
  for (const [groupIndex, { groupName, wallets }] of groups.entries()) {
    for (const createWallet of wallets) {
      index++;
      const wallet: Wallet = createWallet({
        projectId: app.projectId,
        appName: app.appName,
        options: { metadata },
        walletConnectParameters: { metadata },
      });
      if (seen.has(wallet.id) || wallet.hidden?.()) continue;
      seen.add(wallet.id);
      const { createConnector, hidden: _hidden, ...meta } = wallet;
      const rkDetails = (extra: { isWalletConnectModalConnector?: boolean; showQrModal?: true } = {}) => ({
        rkDetails: {
          ...meta,
          groupIndex: groupIndex + 1,
          groupName,
          index,
          isRainbowKitConnector: true,
          ...extra,
        },
      });
      // RainbowKit lists WalletConnect twice: its own QR view and the official modal.
      if (wallet.id === "walletConnect")
        connectors.push(
          createConnector(rkDetails({ isWalletConnectModalConnector: true, showQrModal: true })),
        );
      connectors.push(createConnector(rkDetails()));
    }
  }
  return connectors;
}
