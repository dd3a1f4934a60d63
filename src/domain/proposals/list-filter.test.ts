import { describe, expect, it } from "vitest";
import {
  applyListFilter,
  listFilterNotes,
  PAGE_SIZE,
  parseListFilter,
  validateListSearch,
} from "./list-filter";
import type { Proposal } from "./proposal";

const proposal = (n: number, over: Partial<Proposal> = {}): Proposal => ({
  id: BigInt(1000 + n),
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  actions: [],
  decoded: [],
  category: "funding",
  description: { title: `P${n}`, body: "", proposerSuffix: null, text: `# P${n}\nGrant number ${n}` },
  descriptionHash: "0x00",
  createdBlock: BigInt(n * 10),
  voteStart: BigInt(n * 10 + 5),
  voteEnd: BigInt(n * 10 + 50),
  state: "Executed",
  tally: { for: BigInt(n), against: 0n, abstain: 0n },
  quorum: 1n,
  eta: null,
  ...over,
});

describe("parseListFilter", () => {
  it("keeps valid params and drops junk", () => {
    expect(
      parseListFilter({ state: "Active", category: "ethics", q: "bias", sort: "oldest", page: "2" }),
    ).toEqual({
      state: "Active",
      category: "ethics",
      q: "bias",
      sort: "oldest",
      page: 2,
      mine: false,
    });
    expect(
      parseListFilter(validateListSearch({ state: "<script>", category: 7, sort: "random", page: "-3" })),
    ).toEqual({
      state: "all",
      category: "all",
      q: "",
      sort: "newest",
      page: 1,
      mine: false,
    });
  });
});

describe("URL parameters", () => {
  it("accepts any case: ?state=active is Active", () => {
    expect(parseListFilter({ state: "active", sort: "OLDEST", category: "Ethics" })).toMatchObject({
      state: "Active",
      sort: "oldest",
      category: "ethics",
    });
    expect(listFilterNotes({ state: "active" })).toEqual([]);
  });

  it("gives a visible note for each value it cannot use", () => {
    expect(listFilterNotes(validateListSearch({ state: "open", sort: "random", page: 0 }))).toEqual([
      'Unknown state "open" in the link (known: Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed); showing all states.',
      'Unknown sort "random" in the link (known: newest, oldest, most-votes, ending-soon); showing newest first.',
      'Page "0" is not a page number; showing page 1.',
    ]);
  });

  it("keeps the numbers the router parsed and drops other shapes", () => {
    expect(validateListSearch({ page: 2, mine: 1, junk: "x", q: { a: 1 } })).toEqual({ page: 2, mine: 1 });
    expect(parseListFilter({ page: 2, mine: 1 })).toMatchObject({ page: 2, mine: true });
  });
});

describe("applyListFilter", () => {
  const all = [
    proposal(1, {
      state: "Active",
      category: "ethics",
      description: { title: "Oversight", body: "", proposerSuffix: null, text: "# Human oversight" },
    }),
    proposal(2),
    proposal(3, { state: "Pending", voteEnd: 40n }),
  ];
  const f = parseListFilter({});

  it("filters by state, category and text (title, proposer or id)", () => {
    expect(applyListFilter(all, { ...f, state: "Active" }).page.map((p) => p.id)).toEqual([1001n]);
    expect(applyListFilter(all, { ...f, category: "ethics" }).total).toBe(1);
    expect(applyListFilter(all, { ...f, q: "OVERSIGHT" }).total).toBe(1);
    expect(applyListFilter(all, { ...f, q: "1002" }).total).toBe(1);
    expect(applyListFilter(all, { ...f, q: "0x7099" }).total).toBe(3);
  });

  it("sorts newest, oldest, by votes and open-first by end", () => {
    const ids = (sort: ReturnType<typeof parseListFilter>["sort"]) =>
      applyListFilter(all, { ...f, sort }).page.map((p) => p.id);
    expect(ids("newest")).toEqual([1003n, 1002n, 1001n]);
    expect(ids("oldest")).toEqual([1001n, 1002n, 1003n]);
    expect(ids("most-votes")).toEqual([1003n, 1002n, 1001n]);
    expect(ids("ending-soon")).toEqual([1003n, 1001n, 1002n]);
  });

  it("'needs my vote' keeps Active proposals the account has not voted on", () => {
    expect(parseListFilter({ mine: "1" }).mine).toBe(true);
    expect(applyListFilter(all, { ...f, mine: true }).page.map((p) => p.id)).toEqual([1001n]);
    expect(applyListFilter(all, { ...f, mine: true }, new Set([1001n])).total).toBe(0);
  });

  it("pages by PAGE_SIZE and clamps a page past the end", () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => proposal(i + 1));
    expect(applyListFilter(many, { ...f, page: 3 })).toMatchObject({ total: 45, pages: 3 });
    expect(applyListFilter(many, { ...f, page: 3 }).page).toHaveLength(5);
    expect(applyListFilter(many, { ...f, page: 99 }).page).toHaveLength(5);
  });
});
