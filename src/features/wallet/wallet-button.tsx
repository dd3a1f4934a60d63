import { lazy, Suspense, useSyncExternalStore } from "react";
import { useAccount } from "wagmi";
import { addressName } from "@/config/address-names";
import { shortAddress } from "@/lib/format";
import { ChainOffer } from "./chain-offer";
import { requestModal, subscribeWalletKit, walletKitFailed, walletKitWanted } from "./wallet-modals";
import { subscribeWalletStack, walletStackConfig } from "./wallet-stack";

const RainbowKitLayer = lazy(() =>
  import("./rainbowkit-layer").then((m) => ({ default: m.RainbowKitLayer })),
);

type Requester = { request?: (args: { method: string; params?: unknown }) => Promise<unknown> };

/** Header wallet control: "Connect Wallet", then the account (with its devnet name) and a switch button; on a
 * DAO's page with the wallet on another chain, the offer to switch to the DAO's. */
export function WalletButton({ daoChainId }: { daoChainId?: number | undefined }) {
  const { address, chain, connector, status } = useAccount();
  const kitWanted = useSyncExternalStore(subscribeWalletKit, walletKitWanted, () => false);
  const kitFailed = useSyncExternalStore(subscribeWalletKit, walletKitFailed, () => false);
  // RainbowKit's modals list the full config's connectors, so they mount once that config is in place.
  const stackReady = useSyncExternalStore(
    subscribeWalletStack,
    () => walletStackConfig() !== null,
    () => false,
  );
  const layer = kitWanted && stackReady && (
    <Suspense fallback={null}>
      <RainbowKitLayer />
    </Suspense>
  );

  // Asks the wallet to offer its account chooser again (EIP-2255); the Devnet wallet shows its picker.
  const switchAccount = async () => {
    const provider = (await connector?.getProvider()) as Requester | undefined;
    await provider
      ?.request?.({ method: "wallet_requestPermissions", params: [{ eth_accounts: {} }] })
      .catch(() => {});
  };

  if (status !== "connected" || !address)
    return (
      <>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => requestModal("connect")}
          aria-busy={status === "connecting" || status === "reconnecting" || undefined}
        >
          Connect Wallet
        </button>
        {kitFailed && (
          <span className="wallet-chain status-bad" role="alert">
            The wallet could not load; check the connection and click again.
          </span>
        )}
        {layer}
      </>
    );
  if (!chain)
    return (
      <>
        <button type="button" className="btn" onClick={() => requestModal("chain")}>
          Wrong network
        </button>
        {layer}
      </>
    );
  const name = addressName(chain.id, address);
  return (
    <span className="wallet-connected">
      {/* Accessible name "Account <name> <full address>"; the short address is for the eye only. */}
      <button
        type="button"
        className="btn"
        onClick={() => requestModal("account")}
        data-testid="account-button"
      >
        <span className="visually-hidden">Account </span>
        {name && <span className="wallet-name">{name} </span>}
        <span className="mono" aria-hidden="true">
          {shortAddress(address)}
        </span>
        <span className="visually-hidden">{address}</span>
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Switch account"
        onClick={() => void switchAccount()}
      >
        Switch
      </button>
      {daoChainId !== undefined && chain.id !== daoChainId && (
        <ChainOffer walletChainId={chain.id} daoChainId={daoChainId} />
      )}
      {layer}
    </span>
  );
}
