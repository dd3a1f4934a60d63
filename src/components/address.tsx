import { createContext, useContext, useState } from "react";
import { addressName } from "@/config/address-names";
import { shortAddress } from "@/lib/format";

/** A hook naming an address (null: no name). The app provides one that adds ENS primary names; without a
 * provider only the devnet's own names are known. It must stay the same function for the app's life. */
export type AddressLabelHook = (chainId: number, address: string) => string | null;

/** Where AddressName gets its label hook from (the app's providers set it). */
export const AddressLabelContext = createContext<AddressLabelHook>(addressName);

/** An address as a person reads it: its known or ENS name (full address on hover), else the shortened address. */
export function AddressName({ address, chainId }: { address: string; chainId: number }) {
  const useLabel = useContext(AddressLabelContext);
  const name = useLabel(chainId, address);
  return (
    <span className="address-name" title={address}>
      {name ?? shortAddress(address)}
    </span>
  );
}

/** A shortened address with the full one on hover and a copy button. */
export function AddressText({ address, label }: { address: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <span className="address">
      <span title={address}>{shortAddress(address)}</span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void copy()}
        aria-label={`Copy ${label ? `${label} ` : ""}address ${address}`}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </span>
  );
}
