import { Link, Outlet, useParams } from "@tanstack/react-router";
import { ThemeToggle } from "@/components/theme-toggle";
import { useDaoIdentity } from "@/features/dao/api/dao-identity";
import { WalletButton } from "@/features/wallet/wallet-button";
import { DaoNav } from "./dao-nav";
import { parseDaoParams } from "./dao-ref";

/** Page frame: header (wordmark, DAO name, wallet, theme), DAO navigation, main landmark. */
export function Layout() {
  const params = useParams({ strict: false });
  const parsed = parseDaoParams(params.chainId, params.governor);
  const ref = parsed.ok ? { chainId: parsed.chainId, address: parsed.address } : null;
  const identity = useDaoIdentity(ref);
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
            <WalletButton />
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
