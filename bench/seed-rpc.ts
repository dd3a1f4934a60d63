import { type Address, type Hex, numberToHex } from "viem";
import { rpcCall } from "../test/chaos/anvil";

/** One transaction for the seeding node to sign (its sender is impersonated). */
export type Tx = { from: Address; to?: Address; data?: Hex; gas?: number; nonce?: number };

const txParams = ({ from, to, data, gas = 600_000, nonce }: Tx) => ({
  from,
  to,
  data,
  gas: numberToHex(gas),
  ...(nonce === undefined ? {} : { nonce: numberToHex(nonce) }),
});

/** JSON-RPC helpers for seeding one anvil: calls are batched, so a block of 100 transactions is one request. */
export function seedRpc(url: string) {
  const call = <T>(method: string, params: unknown[] = []) => rpcCall<T>(url, method, params);

  async function batch(method: string, list: unknown[][]) {
    if (list.length === 0) return;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(list.map((params, id) => ({ jsonrpc: "2.0", id, method, params }))),
    });
    const answers = (await res.json()) as { error?: { message: string } }[];
    const failed = answers.find((a) => a.error);
    if (failed?.error) throw new Error(`${method}: ${failed.error.message}`);
  }

  return {
    call,
    batch,
    send: (tx: Tx) => call<Hex>("eth_sendTransaction", [txParams(tx)]),
    head: async () => Number(await call<Hex>("eth_blockNumber")),
    /** Mines the transactions at most 100 per block (as the first bench did: the same logs in the same
     * blocks), each block's worth sent in one batch. */
    async block(txs: Tx[]) {
      for (let i = 0; i < txs.length; i += 100) {
        await batch(
          "eth_sendTransaction",
          txs.slice(i, i + 100).map((t) => [txParams(t)]),
        );
        await call("evm_mine");
      }
    },
    /** Mines n empty blocks in one call. */
    mine: (n: number) => (n > 0 ? call("anvil_mine", [numberToHex(n)]) : Promise.resolve()),
    async receiptAddress(hash: Hex): Promise<Address> {
      const r = await call<{ contractAddress: Address | null; status: Hex }>("eth_getTransactionReceipt", [
        hash,
      ]);
      if (!r.contractAddress || r.status !== "0x1") throw new Error("deploy failed");
      return r.contractAddress;
    },
  };
}
