import { ConnectButton } from "@rainbow-me/rainbowkit";
import { useAccount } from "wagmi";
import { devnetInfo } from "@/config/devnet";
import { shortAddress } from "@/lib/format";

type Requester = { request?: (args: { method: string; params?: unknown }) => Promise<unknown> };

/** The devnet name of an address ("Alice"), when devnet.json names it. */
function devnetName(address: string | undefined): string | null {
  if (!address) return null;
  const hit = devnetInfo()?.accounts.find((a) => a.address.toLowerCase() === address.toLowerCase());
  return hit?.name ?? null;
}

/** Asks the connected wallet to offer its account chooser again (EIP-2255 wallet_requestPermissions). */
function useSwitchAccount(): (() => Promise<void>) | null {
  const { connector } = useAccount();
  if (!connector) return null;
  return async () => {
    const provider = (await connector.getProvider()) as Requester | undefined;
    await provider
      ?.request?.({ method: "wallet_requestPermissions", params: [{ eth_accounts: {} }] })
      .catch(() => {});
  };
}

/** Header wallet control: "Connect Wallet", then the account (with its devnet name) and a switch button. */
export function WalletButton() {
  const switchAccount = useSwitchAccount();
  return (
    <ConnectButton.Custom>
      {({ account, chain, mounted, openAccountModal, openChainModal, openConnectModal }) => {
        if (!mounted) return <span className="visually-hidden">Wallet loading</span>;
        if (!account || !chain)
          return (
            <button type="button" className="btn btn-primary" onClick={openConnectModal}>
              Connect Wallet
            </button>
          );
        if (chain.unsupported)
          return (
            <button type="button" className="btn" onClick={openChainModal}>
              Wrong network
            </button>
          );
        const name = devnetName(account.address);
        return (
          <span className="wallet-connected">
            {/* Accessible name "Account <name> <full address>"; the short address is for the eye only. */}
            <button type="button" className="btn" onClick={openAccountModal} data-testid="account-button">
              <span className="visually-hidden">Account </span>
              {name && <span className="wallet-name">{name} </span>}
              <span className="mono" aria-hidden="true">
                {shortAddress(account.address)}
              </span>
              <span className="visually-hidden">{account.address}</span>
            </button>
            {switchAccount && (
              <button
                type="button"
                className="btn btn-small"
                aria-label="Switch account"
                onClick={() => void switchAccount()}
              >
                Switch
              </button>
            )}
          </span>
        );
      }}
    </ConnectButton.Custom>
  );
}
