import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Address } from "viem";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AddressLabelContext, AddressName } from "@/components/address";
import { loadDevnetInfo } from "@/config/devnet";
import type { EnsResolve } from "./ens-names";
import { EnsResolverContext, useAddressLabel } from "./use-address-label";

const VITALIK = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045";
const NICK = "0xb8c2C29ee19D8307cb7255e1Cd9CbDE883A267d5";
const NOBODY = "0x1111111111111111111111111111111111111111";
const ADA = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ens: Record<string, string> = {
  [VITALIK.toLowerCase()]: "vitalik.eth",
  [NICK.toLowerCase()]: "nick.eth",
};

/** A fake Universal Resolver that records each batch it is asked. */
function fakeResolver() {
  const batches: Address[][] = [];
  const resolve: EnsResolve = vi.fn(async (_chainId: number, addresses: Address[]) => {
    batches.push(addresses);
    return addresses.map((a) => ens[a.toLowerCase()] ?? null);
  });
  return { resolve, batches };
}

function Names({ chainId, children }: { chainId: number; children?: ReactNode }) {
  return (
    <ul>
      {[VITALIK, NICK, NOBODY, ADA].map((a) => (
        <li key={a}>
          <AddressName address={a} chainId={chainId} />
        </li>
      ))}
      {children}
    </ul>
  );
}

function renderWith(resolve: EnsResolve, ui: ReactNode, client = new QueryClient()) {
  return render(
    <QueryClientProvider client={client}>
      <EnsResolverContext.Provider value={resolve}>
        <AddressLabelContext.Provider value={useAddressLabel}>{ui}</AddressLabelContext.Provider>
      </EnsResolverContext.Provider>
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  const devnet = {
    chainId: 31337,
    rpcUrl: "http://127.0.0.1:8545",
    daos: [],
    accounts: [{ name: "Ada Okafor", address: ADA, role: "delegate" }],
  };
  await loadDevnetInfo(async () => new Response(JSON.stringify(devnet)));
});

describe("AddressName with ENS", () => {
  it("resolves every address on the page in one batch on a chain with ENS, and shows primary names", async () => {
    const { resolve, batches } = fakeResolver();
    renderWith(resolve, <Names chainId={1} />);
    // Until the answer comes, the shortened address.
    expect(screen.getByText("0xd8dA…6045")).toBeTruthy();
    await screen.findByText("vitalik.eth");
    expect(screen.getByText("nick.eth").getAttribute("title")).toBe(NICK);
    expect(screen.getByText("0x1111…1111")).toBeTruthy();
    expect(batches).toHaveLength(1);
    expect(new Set(batches[0])).toEqual(new Set([VITALIK, NICK, NOBODY, ADA].map((a) => a.toLowerCase())));
  });

  it("asks nothing on a chain without ENS and names the devnet's accounts there", async () => {
    const { resolve } = fakeResolver();
    renderWith(resolve, <Names chainId={31337} />);
    expect(screen.getByText("Ada Okafor").getAttribute("title")).toBe(ADA);
    expect(screen.getByText("0xd8dA…6045")).toBeTruthy();
    expect(resolve).not.toHaveBeenCalled();
  });

  it("keeps names in the query cache: a second page asks only for the new address", async () => {
    const { resolve, batches } = fakeResolver();
    const client = new QueryClient();
    const first = renderWith(resolve, <Names chainId={1} />, client);
    await screen.findByText("vitalik.eth");
    first.unmount();
    const LATER = "0x2222222222222222222222222222222222222222";
    renderWith(
      resolve,
      <Names chainId={1}>
        <li>
          <AddressName address={LATER} chainId={1} />
        </li>
      </Names>,
      client,
    );
    expect(screen.getByText("vitalik.eth")).toBeTruthy();
    await waitFor(() => expect(batches).toHaveLength(2));
    expect(batches[1]).toEqual([LATER]);
  });
});
