import { Link, Outlet, useParams, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { ThemeToggle } from "@/components/theme-toggle";
import { useDaoIdentity } from "@/features/dao/api/dao-identity";
import { WalletButton } from "@/features/wallet/wallet-button";
import { DaoNav } from "./dao-nav";
import { parseDaoParams } from "./dao-ref";

/** After an in-app navigation, moves focus to <main> so screen readers start at the new page, not the old link. */
function useFocusMainOnNavigation() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    void path;
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [path]);
}

/** Page frame: header (wordmark, DAO name, wallet, theme), DAO navigation, main landmark. */
export function Layout() {
  const params = useParams({ strict: false });
  const parsed = parseDaoParams(params.chainId, params.governor);
  const ref = parsed.ok ? { chainId: parsed.chainId, address: parsed.address } : null;
  const identity = useDaoIdentity(ref);
  useFocusMainOnNavigation();
  const navParams =
    parsed.ok && params.chainId && params.governor
      ? { chainId: params.chainId, governor: params.governor }
      : null;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="header-row">
          <Link to="/" className="wordmark" aria-label="Plenum home: choose a DAO">
            Plenum
          </Link>
          {identity.data && <span className="header-dao">{identity.data.name}</span>}
          <div className="header-actions">
            <WalletButton daoChainId={ref?.chainId} />
            <ThemeToggle />
          </div>
        </div>
        <DaoNav params={navParams} />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        Plenum reads everything straight from the chain, in your browser.
      </footer>
    </>
  );
}
