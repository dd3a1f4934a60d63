import type { KnownContract } from "@/domain/actions/types";
import { describeError } from "@/lib/errors";
import type { BuilderEnv } from "../api/builder-env";
import { useProxyOf } from "../api/proxy";

/** Says when a call's target is a proxy, and offers the implementation's ABI when the app knows it. */
export function ProxyNote({
  env,
  target,
  onUseAbi,
}: {
  env: BuilderEnv;
  target: string;
  onUseAbi: (k: KnownContract) => void;
}) {
  const { proxy, checking, error } = useProxyOf(env.chainId, target, env.blockNumber, env.known);
  if (checking)
    return (
      <p className="muted" aria-busy="true">
        Checking whether the target is a proxy…
      </p>
    );
  if (error)
    return (
      <p className="muted">Could not check whether the target is a proxy: {describeError(error).title}</p>
    );
  if (!proxy) return null;
  const known = proxy.known;
  return (
    <p className="proxy-note" data-testid="proxy-note">
      Proxy ({proxy.kind}) of <code>{proxy.implementation}</code>
      {known ? ` (${known.label})` : ""}: the calls run the implementation's functions.{" "}
      {known ? (
        <button type="button" onClick={() => onUseAbi(known)}>
          Use the ABI of {known.label}
        </button>
      ) : (
        "Paste the implementation's ABI below."
      )}
    </p>
  );
}
