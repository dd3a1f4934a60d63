import { useState } from "react";
import { shortAddress } from "@/lib/format";

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
