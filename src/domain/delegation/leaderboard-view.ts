import type { DelegateRow } from "./leaderboard";

/** Columns the leaderboard sorts by. */
export const SORT_KEYS = ["votes", "delegators", "participation", "last-vote", "change"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The leaderboard's URL state: `?sort=<key>[-asc]&q=<text>&page=<n>`. */
export type LeaderboardView = { sort: SortKey; ascending: boolean; q: string; page: number };

export const PAGE_SIZE = 50;

/** The delegates route's search params, raw (the page parses and explains them). */
export type LeaderboardSearch = {
  at?: string;
  sort?: string;
  q?: string;
  page?: string;
  delegation?: string;
};

/** validateSearch for the delegates route: keeps `at`, `sort`, `q`, `page` and a shared `delegation` as strings. */
export function validateLeaderboardSearch(s: Record<string, unknown>): LeaderboardSearch {
  const out: LeaderboardSearch = {};
  for (const k of ["at", "sort", "q", "page", "delegation"] as const) {
    const v = s[k];
    if (v !== undefined && v !== null && v !== "") out[k] = String(v);
  }
  return out;
}

/** Reads the view from search params; anything unknown falls back to the default (most votes first, page 1). */
export function parseLeaderboardView(s: { sort?: string; q?: string; page?: string }): LeaderboardView {
  const raw = s.sort ?? "votes";
  const ascending = raw.endsWith("-asc");
  const key = ascending ? raw.slice(0, -4) : raw;
  const sort = (SORT_KEYS as readonly string[]).includes(key) ? (key as SortKey) : "votes";
  const page = /^\d{1,6}$/.test(s.page ?? "") ? Math.max(1, Number(s.page)) : 1;
  return { sort, ascending: ascending && sort === key, q: (s.q ?? "").trim().slice(0, 100), page };
}

/** The view as search params (defaults left out, so the plain URL stays plain). */
export function leaderboardSearch(v: LeaderboardView): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.sort !== "votes" || v.ascending) out.sort = `${v.sort}${v.ascending ? "-asc" : ""}`;
  if (v.q) out.q = v.q;
  if (v.page > 1) out.page = String(v.page);
  return out;
}

const cmp = (a: bigint | number, b: bigint | number) => (a === b ? 0 : a > b ? 1 : -1);
const rate = (r: DelegateRow) =>
  r.participation.eligible === 0 ? -1 : r.participation.voted / r.participation.eligible;

const VALUE: Record<SortKey, (r: DelegateRow) => bigint | number> = {
  votes: (r) => r.votes,
  delegators: (r) => r.delegators,
  participation: rate,
  "last-vote": (r) => r.lastVote?.blockNumber ?? -1,
  change: (r) => r.change30d,
};

/** Filters by address or name, sorts (ties by rank) and cuts one page; `pages` is at least 1. */
export function viewRows(
  rows: readonly DelegateRow[],
  view: LeaderboardView,
  nameOf: (address: string) => string | undefined,
): { rows: DelegateRow[]; matched: number; pages: number; page: number } {
  const q = view.q.toLowerCase();
  const matched = q
    ? rows.filter((r) => r.address.includes(q) || (nameOf(r.address)?.toLowerCase().includes(q) ?? false))
    : [...rows];
  const value = VALUE[view.sort];
  matched.sort((a, b) => {
    const c = cmp(value(a), value(b));
    return c === 0 ? a.rank - b.rank : view.ascending ? c : -c;
  });
  const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
  const page = Math.min(view.page, pages);
  return {
    rows: matched.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    matched: matched.length,
    pages,
    page,
  };
}
