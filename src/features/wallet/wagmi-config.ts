import type { WalletList } from "@rainbow-me/rainbowkit";
import {
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import type { Chain, Transport } from "viem";
import { type Config, createConfig } from "wagmi";
import { rpcTransport } from "@/chain/client";
import { chainFor, DEVNET_CHAIN_ID, knownChains } from "@/config/chains";
import type { DevnetInfo } from "@/config/devnet-info";
import { rpcUrlsFor, userChainIds } from "@/config/rpc-settings";
import { requestAccountPick, requestSwitchConsent } from "./account-picker";
import { createDevnetProvider, type WalletChain } from "./devnet-provider";
import { devnetWallet } from "./devnet-wallet";
import { connectorsFor } from "./wallet-connectors";

/**
 * The chains the wallet may use: known ones with an RPC plus any chain id the user configured. In the local
 * demo (devnet.json served) only the devnet and user-configured chains, so RainbowKit's mainnet ENS lookups
 * never leave the machine unasked.
 */
function walletChains(devnet: DevnetInfo | null): Chain[] {
  const base = devnet ? [devnet.chainId] : knownChains.map((k) => k.chain.id);
  const ids = new Set([...base, ...userChainIds()]);
  return [...ids].filter((id) => rpcUrlsFor(id).length > 0).map(chainFor);
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/**
 * The chains the Devnet wallet knows: the devnet first, then every other chain whose RPC URL (set in Settings)
 * is on this machine, e.g. a second anvil with another chain id. Remote nodes are never offered: anvil's
 * unlocked accounts are what lets this wallet sign.
 */
function devnetWalletChains(devnetUrl: string): [WalletChain, ...WalletChain[]] {
  const others = userChainIds()
    .filter((id) => id !== DEVNET_CHAIN_ID)
    .flatMap((chainId) => {
      const rpcUrl = rpcUrlsFor(chainId).find((u) => LOOPBACK.test(u));
      return rpcUrl ? [{ chainId, name: chainFor(chainId).name, rpcUrl }] : [];
    });
  return [{ chainId: DEVNET_CHAIN_ID, name: chainFor(DEVNET_CHAIN_ID).name, rpcUrl: devnetUrl }, ...others];
}

/** The wallet list: Devnet wallet first when the devnet is configured; WalletConnect only with a project id. */
function walletList(devnet: DevnetInfo | null, projectId: string | undefined): WalletList {
  const devnetUrl = rpcUrlsFor(DEVNET_CHAIN_ID)[0];
  const groups: WalletList = [];
  if (devnetUrl) {
    const provider = createDevnetProvider({
      chains: devnetWalletChains(devnetUrl),
      accounts: devnet?.accounts.map(({ name, address }) => ({ name, address })) ?? [],
      pickAccount: requestAccountPick,
      confirmSwitch: requestSwitchConsent,
    });
    groups.push({ groupName: "Local", wallets: [devnetWallet(provider)] });
  }
  // Extension wallets (MetaMask, Coinbase, Rabby…) announce themselves via EIP-6963 and RainbowKit lists them;
  // the Coinbase SDK connector would load ~90 kB at start-up, and metaMask/rainbow fall back to WalletConnect.
  const browser = projectId
    ? [injectedWallet, metaMaskWallet, rainbowWallet, walletConnectWallet]
    : [injectedWallet];
  groups.push({ groupName: "Browser", wallets: browser });
  return groups;
}

/** Builds wagmi's config from the current RPC settings (call once at start-up). */
export function buildWagmiConfig(devnet: DevnetInfo | null): Config {
  const found = walletChains(devnet);
  const chains: [Chain, ...Chain[]] = [found[0] ?? chainFor(1), ...found.slice(1)];
  const transports: Record<number, Transport> = {};
  for (const chain of chains) transports[chain.id] = rpcTransport(rpcUrlsFor(chain.id));
  const projectId = import.meta.env.VITE_WALLETCONNECT_PROJECT_ID as string | undefined;
  const connectors = connectorsFor(walletList(devnet, projectId), {
    appName: "Plenum",
    projectId: projectId ?? "",
  });
  return createConfig({
    chains,
    transports,
    connectors,
    ssr: false,
  });
}
