import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { isSuperseded } from "./superseded-lists";

const list = (governor: string, syncedTo: number) =>
  ["proposals", "list", { chainId: 1, governor, syncedTo }] as const;

describe("isSuperseded", () => {
  it("keeps only the newest proposal list of each DAO; other queries are never superseded", () => {
    const client = new QueryClient();
    client.setQueryData(list("0xa", 10), { n: 1 });
    client.setQueryData(list("0xa", 12), { n: 2 });
    client.setQueryData(list("0xb", 5), { n: 3 });
    client.setQueryData(["dao", "identity", { chainId: 1, governor: "0xa" }], { n: 4 });
    const cache = client.getQueryCache();
    const of = (key: readonly unknown[]) => {
      const q = cache.find({ queryKey: key, exact: true });
      if (!q) throw new Error("missing query");
      return isSuperseded(client, q);
    };
    expect(of(list("0xa", 10))).toBe(true);
    expect(of(list("0xa", 12))).toBe(false);
    expect(of(list("0xb", 5))).toBe(false);
    expect(of(["dao", "identity", { chainId: 1, governor: "0xa" }])).toBe(false);
  });
});
