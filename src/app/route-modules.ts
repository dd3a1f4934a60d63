/** Every page's module, loaded on demand: the router renders them, and the boot starts the current URL's early. */
export const routeModules = {
  picker: () => import("./routes/picker-page"),
  settings: () => import("./routes/settings-page"),
  daoLayout: () => import("./routes/dao-layout"),
  overview: () => import("./routes/overview-page"),
  proposals: () => import("./routes/proposals-page"),
  proposal: () => import("./routes/proposal-page"),
  newProposal: () => import("./routes/new-proposal-page"),
  drafts: () => import("./routes/drafts-page"),
  delegates: () => import("./routes/delegates-page"),
  delegate: () => import("./routes/delegate-page"),
  treasury: () => import("./routes/treasury-page"),
  token: () => import("./routes/token-page"),
  charter: () => import("./routes/charter-page"),
  me: () => import("./routes/me-page"),
};

type RouteModule = keyof typeof routeModules;

// The DAO page named by the path segment after `<chainId>/<governor>`, with or without a further segment.
const DAO_PAGES: Record<string, [RouteModule, RouteModule]> = {
  "": ["overview", "overview"],
  proposals: ["proposals", "proposal"],
  new: ["newProposal", "newProposal"],
  drafts: ["drafts", "drafts"],
  delegates: ["delegates", "delegate"],
  treasury: ["treasury", "treasury"],
  token: ["token", "token"],
  charter: ["charter", "charter"],
  me: ["me", "me"],
};

/** The page modules a hash URL (`#/1/0x…/proposals?…`) shows; none for a URL no route matches. */
export function routeModulesFor(hash: string): RouteModule[] {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const [first, second, page, detail] = path.split("/").filter((s) => s !== "");
  if (first === undefined) return ["picker"];
  if (first === "settings" && second === undefined) return ["settings"];
  if (second === undefined) return [];
  const pair = DAO_PAGES[page ?? ""];
  return pair ? ["daoLayout", detail === undefined ? pair[0] : pair[1]] : ["daoLayout"];
}

/** The DAO whose proposal list a hash URL shows (`#/<chainId>/<governor>/proposals…`), or null for any other page
 * or a malformed DAO (the router then says what is wrong with it). */
export function proposalListOf(hash: string): { chainId: number; governor: string } | null {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const [chainId, governor, page, detail] = path.split("/").filter((s) => s !== "");
  if (page !== "proposals" || detail !== undefined || !chainId || !governor) return null;
  if (!/^[1-9]\d{0,15}$/.test(chainId) || !/^0x[0-9a-fA-F]{40}$/.test(governor)) return null;
  return { chainId: Number(chainId), governor };
}

/** Starts loading the modules of the page at `hash` (the router's lazy routes then find them in flight). */
export function preloadRoute(hash: string): void {
  for (const name of routeModulesFor(hash)) {
    // A failed load is retried, and reported, by the router when it renders the route.
    routeModules[name]().catch(() => undefined);
  }
}
