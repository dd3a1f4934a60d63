import { ErrorPanel } from "@/components/error-panel";
import { describeError } from "@/lib/errors";
import { shortAddress } from "@/lib/format";

// Plain hash links keep these panels free of router context (hash history follows them).

/** Shown while the governor, token and treasury are read. */
export function DaoLoading({ address, chainName }: { address: string; chainName: string }) {
  return (
    <section className="panel" aria-busy="true">
      <p role="status">
        Reading the governor at <span className="mono">{shortAddress(address)}</span> on {chainName}…
      </p>
    </section>
  );
}

/** The URL does not name a DAO (bad chain id or malformed address). */
export function DaoParamsError({ message }: { message: string }) {
  return (
    <ErrorPanel
      heading="This link does not name a DAO"
      error={{ kind: "unknown", title: message, retry: false }}
    >
      <p>
        <a href="#/">Choose a DAO</a> or paste a chain and governor address there.
      </p>
    </ErrorPanel>
  );
}

/** Discovery failed: says why (no RPC, no contract, not a governor, RPC down) and offers the fitting way out. */
export function DaoLoadError({
  error,
  address,
  chainName,
  retrying,
  onRetry,
}: {
  error: unknown;
  address: string;
  chainName: string;
  retrying: boolean;
  onRetry: () => void;
}) {
  const described = describeError(error);
  const needsSettings = ["no-rpc", "rpc-down", "rate-limited"].includes(described.kind);
  return (
    <ErrorPanel
      heading={`Could not open this DAO on ${chainName}`}
      error={described}
      onRetry={retrying ? undefined : onRetry}
    >
      <p className="muted">
        Address: <span className="mono">{address}</span>
      </p>
      <p>
        {needsSettings && (
          <>
            <a href="#/settings">Open Settings</a> to set RPC URLs ·{" "}
          </>
        )}
        <a href="#/">Choose another DAO</a>
      </p>
      {retrying && <p role="status">Retrying…</p>}
    </ErrorPanel>
  );
}
