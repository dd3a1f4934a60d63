import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import type { EnsResolve } from "./ens-names";
import { EnsResolverContext } from "./use-address-label";
import { useNameLookup } from "./use-name-lookup";

const VITALIK = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045";
const NOBODY = "0x1111111111111111111111111111111111111111";

function List({ chainId }: { chainId: number }) {
  const nameOf = useNameLookup(chainId, [VITALIK, NOBODY]);
  return (
    <ul>
      {[VITALIK, NOBODY].map((a) => (
        <li key={a}>{nameOf(a) ?? "no name"}</li>
      ))}
    </ul>
  );
}

function renderList(chainId: number) {
  const batches: Address[][] = [];
  const resolve: EnsResolve = vi.fn(async (_c: number, addresses: Address[]) => {
    batches.push(addresses);
    return addresses.map((a) => (a.toLowerCase() === VITALIK.toLowerCase() ? "vitalik.eth" : null));
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <EnsResolverContext.Provider value={resolve}>
        <List chainId={chainId} />
      </EnsResolverContext.Provider>
    </QueryClientProvider>,
  );
  return { resolve, batches };
}

describe("useNameLookup", () => {
  it("names a whole list from one batch of ENS reverse lookups where the chain has ENS", async () => {
    const { batches } = renderList(1);
    await screen.findByText("vitalik.eth");
    expect(screen.getAllByText("no name")).toHaveLength(1);
    expect(batches).toEqual([[VITALIK.toLowerCase(), NOBODY]]);
  });

  it("asks nothing on a chain without ENS", () => {
    const { resolve } = renderList(31337);
    expect(screen.getAllByText("no name")).toHaveLength(2);
    expect(resolve).not.toHaveBeenCalled();
  });
});
