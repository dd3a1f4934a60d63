import { Link, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";

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
  const ref = useRef<HTMLElement>(null);
  const path = useRouterState({ select: (s) => s.location.pathname });
  // On phones the nav scrolls sideways: keep the current section in view.
  useEffect(() => {
    void path;
    ref.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [path]);
  return (
    <nav className="main-nav" aria-label="Main" ref={ref}>
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
