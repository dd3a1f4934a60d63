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
import { routeModules } from "./route-modules";

const rootRoute = createRootRoute({
  component: Layout,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});

const pickerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(routeModules.picker, "PickerPage"),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "settings",
  component: lazyRouteComponent(routeModules.settings, "SettingsPage"),
});

/** Every DAO page sits under this route, which discovers the DAO and provides its identity. */
export const daoRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "$chainId/$governor",
  component: lazyRouteComponent(routeModules.daoLayout, "DaoLayout"),
  errorComponent: RouteError,
});

const overviewRoute = createRoute({
  getParentRoute: () => daoRoute,
  path: "/",
  component: lazyRouteComponent(routeModules.overview, "OverviewPage"),
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
      component: lazyRouteComponent(routeModules.proposals, "ProposalsPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "proposals/$proposalId",
      validateSearch: (s: Record<string, unknown>): { ballot?: string } =>
        typeof s.ballot === "string" ? { ballot: s.ballot } : {},
      component: lazyRouteComponent(routeModules.proposal, "ProposalPage"),
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
      component: lazyRouteComponent(routeModules.newProposal, "NewProposalPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "drafts",
      component: lazyRouteComponent(routeModules.drafts, "DraftsPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "delegates",
      validateSearch: validateLeaderboardSearch,
      component: lazyRouteComponent(routeModules.delegates, "DelegatesPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "delegates/$address",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(routeModules.delegate, "DelegatePage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "treasury",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(routeModules.treasury, "TreasuryPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "token",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(routeModules.token, "TokenPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "charter",
      validateSearch: validateAtSearch,
      component: lazyRouteComponent(routeModules.charter, "CharterPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "me",
      validateSearch: (s: Record<string, unknown>): { account?: string } =>
        typeof s.account === "string" ? { account: s.account } : {},
      component: lazyRouteComponent(routeModules.me, "MePage"),
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
