import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from "@tanstack/react-router";
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

type Placeholders = typeof import("./routes/placeholders");
const daoPage = <P extends string>(path: P, name: keyof Placeholders) =>
  createRoute({
    getParentRoute: () => daoRoute,
    path,
    component: lazyRouteComponent(() => import("./routes/placeholders"), name),
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
      component: lazyRouteComponent(() => import("./routes/proposals-page"), "ProposalsPage"),
    }),
    createRoute({
      getParentRoute: () => daoRoute,
      path: "proposals/$proposalId",
      component: lazyRouteComponent(() => import("./routes/proposal-page"), "ProposalPage"),
    }),
    daoPage("new", "NewProposalPage"),
    daoPage("drafts", "DraftsPage"),
    daoPage("delegates", "DelegatesPage"),
    daoPage("delegates/$address", "DelegatePage"),
    daoPage("treasury", "TreasuryPage"),
    daoPage("token", "TokenPage"),
    daoPage("charter", "CharterPage"),
    daoPage("me", "MePage"),
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
