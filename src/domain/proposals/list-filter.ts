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

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  typeof v === "string" && (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** Reads filters from URL search params, ignoring anything malformed rather than failing. */
export function parseListFilter(params: Record<string, unknown>): ListFilter {
  const page = Number(params.page);
  return {
    state: oneOf<ProposalState | "all">(["all", ...PROPOSAL_STATES], params.state, "all"),
    category: oneOf<ProposalCategory | "all">(["all", ...CATEGORIES], params.category, "all"),
    q: typeof params.q === "string" ? params.q.slice(0, 200) : "",
    sort: oneOf(SORTS, params.sort, "newest"),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    mine: params.mine === "1" || params.mine === 1 || params.mine === true,
  };
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
