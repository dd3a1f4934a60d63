import { Link } from "@tanstack/react-router";

const sections = [
  { to: "/$chainId/$governor/proposals", label: "Proposals" },
  { to: "/$chainId/$governor/treasury", label: "Treasury" },
  { to: "/$chainId/$governor/token", label: "Token" },
  { to: "/$chainId/$governor/delegates", label: "Delegates" },
  { to: "/$chainId/$governor/charter", label: "Charter" },
  { to: "/$chainId/$governor/drafts", label: "Drafts" },
  { to: "/$chainId/$governor/me", label: "Me" },
] as const;

/** Main navigation: the DAO's sections when inside one, and Settings always. */
export function DaoNav({ params }: { params: { chainId: string; governor: string } | null }) {
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {params && (
          <>
            <li>
              <Link to="/$chainId/$governor" params={params} activeOptions={{ exact: true }}>
                Overview
              </Link>
            </li>
            {sections.map((s) => (
              <li key={s.to}>
                <Link to={s.to} params={params}>
                  {s.label}
                </Link>
              </li>
            ))}
          </>
        )}
        <li>
          <Link to="/settings">Settings</Link>
        </li>
      </ul>
    </nav>
  );
}
