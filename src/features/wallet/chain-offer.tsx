import { useSwitchChain } from "wagmi";
import { chainName } from "@/config/chains";
import { describeError } from "@/lib/errors";
import "./wallet.css";

/** Beside the account when the wallet is on another chain than the DAO's: says so and offers the switch. */
export function ChainOffer({ walletChainId, daoChainId }: { walletChainId: number; daoChainId: number }) {
  const { switchChain, isPending, error, reset } = useSwitchChain();
  const dao = chainName(daoChainId);
  return (
    <span className="wallet-chain-offer" role="status">
      <span className="wallet-chain">Wallet on {chainName(walletChainId)}</span>
      <button
        type="button"
        className="btn btn-small"
        disabled={isPending}
        onClick={() => {
          reset();
          switchChain({ chainId: daoChainId });
        }}
      >
        Switch to {dao}
      </button>
      {error && (
        <span className="wallet-chain status-bad">
          {describeError(error).kind === "user-rejected"
            ? `Switch refused: your wallet stays on ${chainName(walletChainId)}.`
            : `Could not switch: ${describeError(error).title}`}
        </span>
      )}
    </span>
  );
}
