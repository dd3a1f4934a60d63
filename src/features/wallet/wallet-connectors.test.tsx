import type { Wallet } from "@rainbow-me/rainbowkit";
import { describe, expect, it } from "vitest";
import type { CreateConnectorFn } from "wagmi";
import { connectorsFor } from "./wallet-connectors";

type Details = Parameters<Wallet["createConnector"]>[0];

/** A wallet whose connector is just the details RainbowKit's modal would read. */
function fakeWallet(id: string, seen: Details[], hidden?: () => boolean): () => Wallet {
  return () => ({
    id,
    name: id,
    iconUrl: "data:,",
    iconBackground: "#fff",
    hidden,
    createConnector: (details) => {
      seen.push(details);
      return (() => ({})) as unknown as CreateConnectorFn;
    },
  });
}

describe("connectorsFor", () => {
  it("tags each connector with its group, order and name, skipping hidden wallets", () => {
    const seen: Details[] = [];
    const connectors = connectorsFor(
      [
        { groupName: "Local", wallets: [fakeWallet("plenumDevnet", seen)] },
        {
          groupName: "Browser",
          wallets: [fakeWallet("injected", seen), fakeWallet("gone", seen, () => true)],
        },
      ],
      { appName: "Plenum", projectId: "" },
    );
    expect(connectors).toHaveLength(2);
    expect(
      seen.map((d) => [d.rkDetails.id, d.rkDetails.groupName, d.rkDetails.groupIndex, d.rkDetails.index]),
    ).toEqual([
      ["plenumDevnet", "Local", 1, 0],
      ["injected", "Browser", 2, 1],
    ]);
    expect(seen.every((d) => d.rkDetails.isRainbowKitConnector)).toBe(true);
  });

  it("adds WalletConnect's official modal next to its QR view, as RainbowKit does", () => {
    const seen: Details[] = [];
    connectorsFor([{ groupName: "More", wallets: [fakeWallet("walletConnect", seen)] }], {
      appName: "Plenum",
      projectId: "p",
    });
    expect(seen.map((d) => Boolean(d.rkDetails.isWalletConnectModalConnector))).toEqual([true, false]);
  });
});
