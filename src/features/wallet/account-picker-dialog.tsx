import { useId, useState, useSyncExternalStore } from "react";
import { shortAddress } from "@/lib/format";
import { currentPrompt, subscribePrompt, type WalletPrompt } from "./account-picker";
import { SwitchPromptDialog } from "./switch-prompt-dialog";
import { WalletDialog } from "./wallet-dialog";
import "./wallet.css";

/** Renders the Devnet wallet's prompts (account picker, switch network) whenever the provider asks. */
export function AccountPickerHost() {
  const prompt = useSyncExternalStore(subscribePrompt, currentPrompt, () => null);
  if (prompt?.kind === "pick") return <AccountPickerDialog request={prompt} />;
  if (prompt?.kind === "switch") return <SwitchPromptDialog request={prompt} />;
  return null;
}

/** A modal list of named devnet accounts, with the network to be on when the wallet knows several. */
export function AccountPickerDialog({ request }: { request: Extract<WalletPrompt, { kind: "pick" }> }) {
  const { accounts, chains } = request.offer;
  const [chainId, setChainId] = useState(request.offer.chainId);
  const networkId = useId();
  return (
    <WalletDialog title="Choose a devnet account" onEscape={() => request.answer(null)}>
      <p className="muted">The devnet signs for these accounts; nothing leaves this machine.</p>
      {chains.length > 1 && (
        <div className="field">
          <label htmlFor={networkId}>Network</label>
          <select id={networkId} value={chainId} onChange={(e) => setChainId(Number(e.target.value))}>
            {chains.map((c) => (
              <option key={c.chainId} value={c.chainId}>
                {c.name} ({c.chainId})
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="account-list">
        {accounts.map((a) => (
          <li key={a.address}>
            {/* The accessible name is "<name> <full address>"; sighted people see the short form. */}
            <button
              type="button"
              className="btn"
              onClick={() => request.answer({ address: a.address, chainId })}
            >
              <span>{a.name}</span>{" "}
              <span className="mono muted" aria-hidden="true">
                {shortAddress(a.address)}
              </span>
              <span className="visually-hidden">{a.address}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={() => request.answer(null)}>
        Cancel
      </button>
    </WalletDialog>
  );
}
