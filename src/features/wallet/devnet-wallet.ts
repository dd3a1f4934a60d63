import type { Wallet } from "@rainbow-me/rainbowkit";
import type { EIP1193Provider } from "viem";
import { createConnector } from "wagmi";
import { injected } from "wagmi/connectors";
import type { DevnetProvider } from "./devnet-provider";

const icon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 28 28'%3E%3Crect width='28' height='28' rx='6' fill='%233535c8'/%3E%3Cpath d='M8 20V8h6a4 4 0 0 1 0 8H8' fill='none' stroke='%23fff' stroke-width='2.5'/%3E%3C/svg%3E";

/** The Devnet wallet as a RainbowKit wallet: wagmi's injected connector aimed at our own EIP-1193 provider. */
export function devnetWallet(provider: DevnetProvider): () => Wallet {
  // The provider implements the EIP-1193 subset wagmi calls; viem's type lists every method's exact shape.
  const eip1193 = provider as unknown as EIP1193Provider;
  return () => ({
    id: "plenumDevnet",
    name: "Devnet wallet",
    shortName: "Devnet",
    iconUrl: icon,
    iconBackground: "#3535c8",
    installed: true,
    createConnector: (details) =>
      createConnector((config) => {
        const base = injected({
          target: () => ({ id: "plenumDevnet", name: "Devnet wallet", provider: eip1193 }),
        })(config);
        return {
          ...base,
          ...details,
          // RainbowKit asks for the chain the wallet was on before its picker opened; the person may have just
          // chosen another network there, and wagmi would then ask to switch straight back (refused, the whole
          // connect fails). The chain chosen in the picker stands; a write on the wrong chain asks to switch.
          connect: function (this: typeof base, parameters) {
            return base.connect.call(this, { ...parameters, chainId: undefined });
          } as typeof base.connect,
        };
      }),
  });
}
