import { type Address, createPublicClient, createWalletClient, getAddress, type Hex, http, size } from "viem";
import { foundry } from "viem/chains";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROXY_SLOTS } from "@/lib/evm/proxy-slots";
import { readProxySlots, scanTargetCode } from "../../src/chain/reads/code-scan";
import { startAnvil } from "../chaos/anvil";

// Hand-assembled fixtures (PUSH0 needs Shanghai or later; anvil's default hardfork has it).
const word = (h: string) => h.replace(/^0x/, "").padStart(64, "0");
const a20 = (a: Address) => a.slice(2).toLowerCase();
/** Creation code that writes `slots` and returns `runtime`. */
function creation(runtime: Hex, slots: [Hex, Hex][] = []): Hex {
  const stores = slots.map(([slot, value]) => `7f${word(value)}7f${word(slot)}55`).join("");
  const len = size(runtime).toString(16).padStart(4, "0");
  const initLen = stores.length / 2 + 11;
  // PUSH2 len, DUP1, PUSH2 offset, PUSH0, CODECOPY, PUSH0, RETURN
  const copy = `61${len}8061${initLen.toString(16).padStart(4, "0")}5f395ff3`;
  return `0x${stores}${copy}${runtime.slice(2)}`;
}
/** A delegating proxy that reads its implementation from `slot` on every call. */
const proxyRuntime = (slot: Hex): Hex =>
  `0x365f5f375f5f365f7f${word(slot)}545af43d5f5f3e603657${"3d5ffd"}5b3d5ff3`;
/** A beacon whose implementation() always returns `impl`. */
const beaconRuntime = (impl: Address): Hex => `0x73${a20(impl)}5f5260205ff3`;
const clone = (impl: Address): Hex => `0x363d3d373d3d3d363d73${a20(impl)}5af43d82803e903d91602b57fd5bf3`;
// CALLER SELFDESTRUCT: the logic a "same as before" proposal could hide behind a proxy.
const DESTRUCTIBLE: Hex = "0x33ff";
// PUSH1 0x2a PUSH0 MSTORE PUSH1 32 PUSH0 RETURN: harmless logic.
const PLAIN: Hex = "0x602a5f5260205ff3";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let deployer: Address;
const transport = () => http(anvil.url);
const client = () => createPublicClient({ chain: foundry, transport: transport() });

async function deploy(data: Hex): Promise<Address> {
  const wallet = createWalletClient({ chain: foundry, transport: transport() });
  const hash = await wallet.sendTransaction({ account: deployer, data, chain: foundry });
  const receipt = await client().waitForTransactionReceipt({ hash, pollingInterval: 20 });
  if (!receipt.contractAddress) throw new Error("deploy failed");
  return getAddress(receipt.contractAddress);
}

beforeAll(async () => {
  anvil = await startAnvil();
  const [first] = await createWalletClient({ chain: foundry, transport: transport() }).getAddresses();
  if (!first) throw new Error("anvil has no accounts");
  deployer = first;
});
afterAll(() => anvil?.stop());

const head = async () => client().getBlockNumber();

describe("scanTargetCode against anvil", () => {
  it("follows an EIP-1967 proxy to a SELFDESTRUCT implementation and names its admin", async () => {
    const impl = await deploy(creation(DESTRUCTIBLE));
    const admin = "0x00000000000000000000000000000000000a11ce" as Address;
    const proxy = await deploy(
      creation(proxyRuntime(PROXY_SLOTS.eip1967Implementation), [
        [PROXY_SLOTS.eip1967Implementation, impl],
        [PROXY_SLOTS.eip1967Admin, admin],
      ]),
    );
    const scan = await scanTargetCode(client(), proxy, await head());
    expect(scan.code.opcodes).toEqual(["DELEGATECALL"]);
    expect(scan.proxy).toMatchObject({ source: "slots", kind: "EIP-1967", implementation: impl });
    expect(scan.proxy?.admin?.toLowerCase()).toBe(admin);
    expect(scan.implementation).toMatchObject({ address: impl });
    expect(scan.implementation?.code.opcodes).toEqual(["SELFDESTRUCT"]);
  });

  it("reads a beacon proxy's implementation from the beacon", async () => {
    const impl = await deploy(creation(PLAIN));
    const beacon = await deploy(creation(beaconRuntime(impl)));
    const proxy = await deploy(
      creation(proxyRuntime(PROXY_SLOTS.eip1967Beacon), [[PROXY_SLOTS.eip1967Beacon, beacon]]),
    );
    const scan = await scanTargetCode(client(), proxy, await head());
    expect(scan.proxy).toMatchObject({ kind: "EIP-1967 beacon", beacon, implementation: impl });
    expect(scan.implementation?.code.hits).toEqual([]);
  });

  it.each([
    ["EIP-1822", PROXY_SLOTS.eip1822Implementation],
    ["OZ legacy", PROXY_SLOTS.ozLegacyImplementation],
  ] as const)("recognises the %s slot", async (kind, slot) => {
    const impl = await deploy(creation(PLAIN));
    const proxy = await deploy(creation(proxyRuntime(slot), [[slot, impl]]));
    const block = await head();
    expect((await scanTargetCode(client(), proxy, block)).proxy).toMatchObject({
      kind,
      implementation: impl,
    });
    const slots = await readProxySlots(client(), proxy, block);
    expect(Object.values(slots).filter(Boolean)).toEqual([impl]);
  });

  it("follows an EIP-1167 clone to its implementation", async () => {
    const impl = await deploy(creation(DESTRUCTIBLE));
    const target = await deploy(creation(clone(impl)));
    const scan = await scanTargetCode(client(), target, await head());
    expect(scan.proxy).toMatchObject({ source: "clone", kind: "EIP-1167", implementation: impl });
    expect(scan.implementation?.code.opcodes).toEqual(["SELFDESTRUCT"]);
  });

  it("reports an account without code, and code as it was at the block asked for", async () => {
    const empty = "0x000000000000000000000000000000000000dEaD" as Address;
    const before = await head();
    expect(await scanTargetCode(client(), empty, before)).toMatchObject({
      code: { size: 0, hits: [] },
      proxy: null,
      implementation: null,
    });
    const later = await deploy(creation(DESTRUCTIBLE));
    expect((await scanTargetCode(client(), later, before)).code.size).toBe(0);
    expect((await scanTargetCode(client(), later, await head())).code.opcodes).toEqual(["SELFDESTRUCT"]);
  });

  it("leaves a contract without proxy slots alone", async () => {
    const plain = await deploy(creation(PLAIN));
    const scan = await scanTargetCode(client(), plain, await head());
    expect(scan).toMatchObject({ proxy: null, implementation: null, code: { size: 8, hits: [] } });
  });
});
