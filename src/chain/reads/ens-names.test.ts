import { type Address, BaseError, type PublicClient } from "viem";
import { mainnet } from "viem/chains";
import { describe, expect, it, vi } from "vitest";
import { devnetChain } from "@/config/chains";
import { readEnsNames } from "./ens-names";

const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
const C = "0x00000000000000000000000000000000000000cc" as Address;
const ZERO = "0x0000000000000000000000000000000000000000";

/** A client whose multicall answers from `answers` and whose getEnsName follows offchain lookups. */
function fakeClient(chain: typeof mainnet | typeof devnetChain, answers: unknown[]) {
  const multicall = vi.fn(async () => answers);
  const getEnsName = vi.fn(async () => "offchain.eth");
  return { client: { chain, multicall, getEnsName } as unknown as PublicClient, multicall, getEnsName };
}

describe("readEnsNames", () => {
  it("asks nothing on a chain without a Universal Resolver", async () => {
    const f = fakeClient(devnetChain, []);
    expect(await readEnsNames(f.client, [A, B])).toEqual([null, null]);
    expect(f.multicall).not.toHaveBeenCalled();
  });

  it("reverse-resolves all addresses in one multicall, following only offchain lookups alone", async () => {
    const f = fakeClient(mainnet, [
      { status: "success", result: ["alice.eth", ZERO, ZERO] },
      { status: "failure", error: new BaseError('Encoded error signature "0x556f1830" not found on ABI.') },
      { status: "failure", error: new BaseError("execution reverted: ResolverNotFound") },
    ]);
    expect(await readEnsNames(f.client, [A, B, C])).toEqual(["alice.eth", "offchain.eth", null]);
    expect(f.multicall).toHaveBeenCalledTimes(1);
    const call = f.multicall.mock.calls[0] as unknown as [
      { contracts: { address: string; args: unknown[] }[] },
    ];
    expect(call[0].contracts.map((c) => c.args)).toEqual([
      [A, 60n],
      [B, 60n],
      [C, 60n],
    ]);
    expect(call[0].contracts[0]?.address).toBe(mainnet.contracts.ensUniversalResolver.address);
    expect(f.getEnsName).toHaveBeenCalledTimes(1);
    expect(f.getEnsName).toHaveBeenCalledWith({ address: B });
  });

  it("shows no name whose forward resolution does not point back (the resolver's ReverseAddressMismatch)", async () => {
    const f = fakeClient(mainnet, [
      {
        status: "failure",
        error: new BaseError(
          'The contract function "reverse" reverted: ReverseAddressMismatch("vitalik.eth", 0x…)',
        ),
      },
    ]);
    expect(await readEnsNames(f.client, [A])).toEqual([null]);
    expect(f.getEnsName).not.toHaveBeenCalled();
  });
});
