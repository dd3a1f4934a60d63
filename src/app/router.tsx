import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from "@tanstack/react-router";
import { validateLeaderboardSearch } from "@/domain/delegation/leaderboard-view";
import { validateListSearch } from "@/domain/proposals/list-filter";
import { validateAtSearch } from "@/lib/at-block";
import { Layout } from "./layout";
import { NotFound, RouteError } from "./route-error";

const rootRoute = createRootRoute({
  component: Layout,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});

const pickerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./routes/picker-page"), "PickerPage"),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "settings",
  component: lazyRouteComponent(() => import("./routes/settings-page"), "SettingsPage"),
});

/** Every DAO page sits under this route, which discovers the DAO and provides its identity. */
export const daoRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "$chainId/$governor",
  component: lazyRouteComponent(() => import("./routes/dao-layout"), "DaoLayout"),
  errorComponent: RouteError,
});

const overviewRoute = createRoute({
  getParentRoute: () => daoRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./routes/overview-page"), "OverviewPage"),
});

const routeTree = rootRoute.addChildren([
  pickerRoute,
  settingsRoute,
  daoRoute.addChildren([
    overviewRoute,
    createRoute({
      getParentRoute: () => daoRoute,
      path: "proposals",
      validateSearch: validateListSearch,
      component: lazyRouteComponent(() => import("./routes/proposals-page"), "ProposalsPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "proposals/$proposalId",
      validateSearch: (s: Record<string, unknown>): { ballot?: string } =>
        typeof s.ballot === "string" ? { ballot: s.ballot } : {},
      component: lazyRouteComponent(() => import("./routes/proposal-page"), "ProposalPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "new",
      validateSearch: (
        s: Record<string, unknown>,
      ): { draft?: string; id?: string; template?: string; charter?: string } => {
        const out: { draft?: string; id?: string; template?: string; charter?: string } = {};
        for (const k of ["draft", "id", "template", "charter"] as const)
          if (typeof s[k] === "string") out[k] = s[k];
        return out;
      },
      component: lazyRouteComponent(() => import("./routes/new-proposal-page"), "NewProposalPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "drafts",
      component: lazyRouteComponent(() => import("./routes/drafts-page"), "DraftsPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "delegates",
      validateSearch: validateLeaderboardSearch,
      component: lazyRouteComponent(() => import("./routes/delegates-page"), "DelegatesPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "delegates/$address",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(() => import("./routes/delegate-page"), "DelegatePage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "treasury",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(() => import("./routes/treasury-page"), "TreasuryPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "token",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(() => import("./routes/token-page"), "TokenPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "charter",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(() => import("./routes/charter-page"), "CharterPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "me",
      validateSearch: (s: Record<string, unknown>): { account?: string } =>
        typeof s.account === "string" ? { account: s.account } : {},
      component: lazyRouteComponent(() => import("./routes/me-page"), "MePage"),
    }),
  ]),
]);

/** The app's router: hash history, so any static host (or IPFS gateway) serves every URL. */
export const router = createRouter({
  routeTree,
  history: createHashHistory(),
  defaultPreload: "intent",
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
