import type { WalletPrompt } from "./account-picker";
import { WalletDialog } from "./wallet-dialog";

/** The Devnet wallet's "switch network?" prompt, as a real wallet shows before it changes chain. */
export function SwitchPromptDialog({ request }: { request: Extract<WalletPrompt, { kind: "switch" }> }) {
  const { from, to } = request;
  return (
    <WalletDialog title="Switch network?" onEscape={() => request.answer(false)}>
      <p>
        This page asks the Devnet wallet to switch from <strong>{from.name}</strong> ({from.chainId}) to{" "}
        <strong>{to.name}</strong> ({to.chainId}).
      </p>
      <p className="muted">Transactions and signatures then go to {to.name}.</p>
      <div className="wallet-actions">
        <button type="button" className="btn btn-primary" onClick={() => request.answer(true)}>
          Switch to {to.name}
        </button>
        <button type="button" className="btn" onClick={() => request.answer(false)}>
          Refuse
        </button>
      </div>
    </WalletDialog>
  );
}
