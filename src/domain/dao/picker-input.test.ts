import { describe, expect, it } from "vitest";
import { checkPickerInput } from "./picker-input";

const gov = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
const rpcFor = (ids: number[]) => (id: number) => ids.includes(id);

describe("checkPickerInput", () => {
  it("accepts a known chain and a lower-case address, checksumming it", () => {
    expect(
      checkPickerInput({ chain: "31337", otherChainId: "", address: ` ${gov} ` }, rpcFor([31337])),
    ).toEqual({
      ok: true,
      chainId: 31337,
      address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    });
  });

  it("uses the typed chain id for 'other'", () => {
    const r = checkPickerInput({ chain: "other", otherChainId: "7777", address: gov }, rpcFor([7777]));
    expect(r).toMatchObject({ ok: true, chainId: 7777 });
  });

  it("explains a malformed address", () => {
    const r = checkPickerInput({ chain: "1", otherChainId: "", address: "0x1234" }, rpcFor([1]));
    expect(r).toEqual({ ok: false, errors: { address: expect.stringMatching(/not an address/) } });
  });

  it("explains a bad checksum and an empty address", () => {
    const bad = checkPickerInput(
      { chain: "1", otherChainId: "", address: "0x5FBDB2315678afecb367f032d93F642f64180aa3" },
      rpcFor([1]),
    );
    expect(bad.ok ? "" : bad.errors.address).toMatch(/checksum/);
    const empty = checkPickerInput({ chain: "1", otherChainId: "", address: "" }, rpcFor([1]));
    expect(empty.ok ? "" : empty.errors.address).toMatch(/Enter the governor/);
  });

  it("asks for an RPC for an unknown chain, and for a number when the id is not one", () => {
    const noRpc = checkPickerInput({ chain: "other", otherChainId: "999", address: gov }, rpcFor([]));
    expect(noRpc.ok ? "" : noRpc.errors.chain).toMatch(/No RPC URL is set for chain 999/);
    const notNumber = checkPickerInput({ chain: "other", otherChainId: "abc", address: gov }, rpcFor([]));
    expect(notNumber.ok ? "" : notNumber.errors.chain).toMatch(/whole number/);
  });
});
