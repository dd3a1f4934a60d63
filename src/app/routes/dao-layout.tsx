import { Outlet, useParams } from "@tanstack/react-router";
import { useEffect } from "react";
import { chainName } from "@/config/chains";
import { useDaoIdentity } from "@/features/dao/api/dao-identity";
import { rememberDao } from "@/features/dao/api/recent-daos";
import { DaoLoadError, DaoLoading, DaoParamsError } from "@/features/dao/components/dao-status";
import { describeError } from "@/lib/errors";
import { DaoContext } from "../dao-context";
import { parseDaoParams } from "../dao-ref";

/** Discovers the DAO named in the URL and provides its identity to every page under it. */
export function DaoLayout() {
  const { chainId, governor } = useParams({ from: "/$chainId/$governor" });
  const parsed = parseDaoParams(chainId, governor);
  const ref = parsed.ok ? { chainId: parsed.chainId, address: parsed.address } : null;
  const identity = useDaoIdentity(ref);

  useEffect(() => {
    if (identity.data)
      rememberDao({
        chainId: identity.data.chainId,
        address: identity.data.governor,
        name: identity.data.name,
      });
  }, [identity.data]);

  if (!parsed.ok) return <DaoParamsError message={parsed.message} />;
  const where = chainName(parsed.chainId);
  if (identity.isError && !identity.data)
    return (
      <DaoLoadError
        error={identity.error}
        address={parsed.address}
        chainName={where}
        retrying={identity.isFetching}
        onRetry={() => void identity.refetch()}
      />
    );
  if (!identity.data) return <DaoLoading address={parsed.address} chainName={where} />;
  return (
    <DaoContext.Provider value={identity.data}>
      {identity.isError && (
        <p className="panel panel-warning" role="alert">
          The chain could not be reached ({describeError(identity.error).title}). Showing what this browser
          read at block {identity.data.blockNumber.toLocaleString("en-US")}; actions that need the chain are
          unavailable.{" "}
          <button type="button" className="btn btn-small" onClick={() => void identity.refetch()}>
            Retry
          </button>
        </p>
      )}
      <Outlet />
    </DaoContext.Provider>
  );
}
