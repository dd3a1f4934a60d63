import { type Address, type Hex, keccak256, numberToHex, stringToHex } from "viem";
import { rpcCall } from "./anvil";

/** topic0 of every log the emitter writes; topic1 is the sender, data is the calldata. */
export const EMITTED_TOPIC: Hex = keccak256(stringToHex("Emitted(address,bytes)"));

// Runtime: copy calldata to memory, LOG2(memory, EMITTED_TOPIC, caller), stop. Hand-assembled so tests need no compiler.
const runtime = `366000600037337f${EMITTED_TOPIC.slice(2)}366000a200`;
const init = `0x60${(runtime.length / 2).toString(16).padStart(2, "0")}80600b6000396000f3${runtime}` as Hex;

const ACCOUNT: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/** Deploys the emitter (mined at once) and returns its address. */
export async function deployEmitter(url: string): Promise<Address> {
  await rpcCall(url, "evm_setAutomine", [true]);
  const hash = await rpcCall<Hex>(url, "eth_sendTransaction", [{ from: ACCOUNT, data: init }]);
  for (let i = 0; i < 100; i++) {
    const receipt = await rpcCall<{ contractAddress: Address } | null>(url, "eth_getTransactionReceipt", [
      hash,
    ]);
    if (receipt) return receipt.contractAddress;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("emitter deployment was not mined");
}

/** Mines one block holding `count` emitter calls, each logging `tag` and its index. */
export async function emitBlock(url: string, emitter: Address, count: number, tag: number): Promise<void> {
  await rpcCall(url, "evm_setAutomine", [false]);
  const nonce = Number(await rpcCall<Hex>(url, "eth_getTransactionCount", [ACCOUNT, "pending"]));
  const sends = Array.from({ length: count }, (_, i) => {
    const data = `${numberToHex(tag, { size: 16 })}${numberToHex(i, { size: 16 }).slice(2)}` as Hex;
    const tx = { from: ACCOUNT, to: emitter, data, gas: "0x100000", nonce: numberToHex(nonce + i) };
    return rpcCall(url, "eth_sendTransaction", [tx]);
  });
  await Promise.all(sends);
  await rpcCall(url, "evm_mine", []);
  await rpcCall(url, "evm_setAutomine", [true]);
}

/** Mines `n` empty blocks in one call. */
export const mineEmpty = (url: string, n: number) => rpcCall(url, "anvil_mine", [numberToHex(n)]);

/** A deterministic history: bursts of logs separated by empty stretches. */
export async function seedHistory(url: string, emitter: Address, bursts: number, seed = 7): Promise<void> {
  for (let b = 0; b < bursts; b++) {
    await emitBlock(url, emitter, 1 + ((b * 37 + seed) % 25), seed * 1000 + b);
    await mineEmpty(url, 10 + ((b * 53 + seed) % 40));
  }
}
