import { CATEGORY_LABELS, type ProposalCategory } from "../actions/category";
import type { Proposal } from "./proposal";
import { PROPOSAL_STATES, type ProposalState } from "./state";

export type ProposalSort = "newest" | "oldest" | "most-votes" | "ending-soon";

/** The list's filters, as kept in the URL. */
export type ListFilter = {
  state: ProposalState | "all";
  category: ProposalCategory | "all";
  q: string;
  sort: ProposalSort;
  page: number;
  /** "Needs my vote": Active proposals the connected account has not voted on. */
  mine: boolean;
};

export const PAGE_SIZE = 20;
export const SORTS: readonly ProposalSort[] = ["newest", "oldest", "most-votes", "ending-soon"];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as ProposalCategory[];

/** The list's search params as the router keeps them (validated shape, not yet parsed). Page and "mine" are
 * numbers in links the app writes (the router would quote a numeric string), strings or numbers in typed ones. */
export type ListSearch = Partial<
  Record<"state" | "category" | "q" | "sort" | "page" | "mine", string | number>
>;

const SEARCH_KEYS = ["state", "category", "q", "sort", "page", "mine"] as const;

/** The router's `validateSearch` for the list: keeps the known params that are strings or numbers. */
export function validateListSearch(search: Record<string, unknown>): ListSearch {
  const out: ListSearch = {};
  for (const k of SEARCH_KEYS) {
    const v = search[k];
    if (typeof v === "string" || typeof v === "number") out[k] = v;
    else if (typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

const str = (v: string | number | undefined) => (v === undefined ? undefined : String(v));

/** The value of `values` that `v` names in any case ("active" is Active), else undefined. */
const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  v === undefined ? undefined : values.find((x) => x.toLowerCase() === v.trim().toLowerCase());

const STATES = ["all", ...PROPOSAL_STATES] as const;

/** Reads filters from URL search params in any case; what it cannot read falls back (see listFilterNotes). */
export function parseListFilter(params: ListSearch): ListFilter {
  const page = Number(params.page);
  return {
    state: oneOf<ProposalState | "all">(STATES, str(params.state)) ?? "all",
    category: oneOf<ProposalCategory | "all">(["all", ...CATEGORIES], str(params.category)) ?? "all",
    q: str(params.q)?.slice(0, 200) ?? "",
    sort: oneOf(SORTS, str(params.sort)) ?? "newest",
    page: Number.isInteger(page) && page > 0 ? page : 1,
    mine: str(params.mine) === "1" || str(params.mine) === "true",
  };
}

/** The URL params for a filter: defaults left out, so the plain list has a plain URL. */
export function listSearchOf(f: ListFilter): ListSearch {
  const next: ListSearch = {};
  if (f.state !== "all") next.state = f.state;
  if (f.category !== "all") next.category = f.category;
  if (f.q) next.q = f.q;
  if (f.sort !== "newest") next.sort = f.sort;
  if (f.page > 1) next.page = f.page;
  if (f.mine) next.mine = 1;
  return next;
}

/** A visible note for each URL parameter the list could not use, saying what it shows instead. */
export function listFilterNotes(search: ListSearch): string[] {
  const params = {
    state: str(search.state),
    category: str(search.category),
    sort: str(search.sort),
    page: str(search.page),
  };
  const notes: string[] = [];
  const unknown = (name: string, value: string, known: readonly string[], instead: string) =>
    notes.push(
      `Unknown ${name} "${value.slice(0, 40)}" in the link (known: ${known.join(", ")}); showing ${instead}.`,
    );
  if (params.state !== undefined && !oneOf(STATES, params.state))
    unknown("state", params.state, PROPOSAL_STATES, "all states");
  if (params.category !== undefined && !oneOf(["all", ...CATEGORIES], params.category))
    unknown("category", params.category, CATEGORIES, "all categories");
  if (params.sort !== undefined && !oneOf(SORTS, params.sort))
    unknown("sort", params.sort, SORTS, "newest first");
  if (params.page !== undefined) {
    const page = Number(params.page);
    if (!Number.isInteger(page) || page < 1)
      notes.push(`Page "${params.page.slice(0, 20)}" is not a page number; showing page 1.`);
  }
  return notes;
}

const votes = (p: Proposal) => p.tally.for + p.tally.against + p.tally.abstain;

const compare: Record<ProposalSort, (a: Proposal, b: Proposal) => number> = {
  newest: (a, b) => Number(b.createdBlock - a.createdBlock),
  oldest: (a, b) => Number(a.createdBlock - b.createdBlock),
  "most-votes": (a, b) => (votes(b) > votes(a) ? 1 : votes(b) < votes(a) ? -1 : 0),
  // Open proposals first, by nearest end; closed ones after, newest first.
  "ending-soon": (a, b) => {
    const open = (p: Proposal) => p.state === "Active" || p.state === "Pending";
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    return open(a) ? Number(a.voteEnd - b.voteEnd) : Number(b.voteEnd - a.voteEnd);
  },
};

function matches(p: Proposal, f: ListFilter, votedIds: ReadonlySet<bigint>): boolean {
  if (f.state !== "all" && p.state !== f.state) return false;
  if (f.mine && (p.state !== "Active" || votedIds.has(p.id))) return false;
  if (f.category !== "all" && p.category !== f.category) return false;
  const q = f.q.trim().toLowerCase();
  if (!q) return true;
  return (
    p.description.text.toLowerCase().includes(q) ||
    p.proposer.toLowerCase().includes(q) ||
    p.id.toString().includes(q)
  );
}

/** Filters, sorts and pages proposals; `total` counts matches before paging. `votedIds`: where "mine" has voted. */
export function applyListFilter(
  all: readonly Proposal[],
  f: ListFilter,
  votedIds: ReadonlySet<bigint> = new Set(),
): { page: Proposal[]; total: number; pages: number } {
  const matched = all.filter((p) => matches(p, f, votedIds)).sort(compare[f.sort]);
  const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
  const page = Math.min(f.page, pages);
  return { page: matched.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: matched.length, pages };
}
