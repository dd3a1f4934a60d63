import {
  type Abi,
  type Address,
  type ContractFunctionName,
  createPublicClient,
  createTestClient,
  createWalletClient,
  type EncodeFunctionDataParameters,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
  toHex,
} from "viem";
import { foundry } from "viem/chains";

/** One contract call as the governor and the seed both see it: target, value, calldata. */
export type Call = { to: Address; value: bigint; data: Hex };

/** Encodes a typed contract call (viem checks the function name and arguments against the ABI). */
export function call<
  const abi extends Abi | readonly unknown[],
  fn extends ContractFunctionName<abi> | undefined = undefined,
>(to: Address, params: EncodeFunctionDataParameters<abi, fn>, value = 0n): Call {
  return { to, value, data: encodeFunctionData<abi, fn>(params) };
}

/** A plain ETH transfer expressed as a Call. */
export const ethTransfer = (to: Address, value: bigint): Call => ({ to, value, data: "0x" });

// Explicit gas: anvil's estimate runs short for ERC20Votes checkpoint writes, and skipping the
// estimate round-trip halves the seed's RPC count.
const CALL_GAS = 3_000_000n;
const DEPLOY_GAS = 12_000_000n;
const MINE_CHUNK = 500;

/** Thin RPC helpers over one anvil node; every write is mined at once (automine). */
export function connectChain(rpcUrl: string) {
  // Generous timeout: on a loaded 2-core machine a burst of mining can stall a request for seconds.
  const transport = http(rpcUrl, { retryCount: 0, timeout: 60_000 });
  const publicClient = createPublicClient({ chain: foundry, transport });
  const wallet = createWalletClient({ chain: foundry, transport });
  const test = createTestClient({ chain: foundry, mode: "anvil", transport });

  // Automine is asynchronous: eth_sendTransaction can return before the block exists.
  async function receiptOf(hash: Hex): Promise<TransactionReceipt> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        return await publicClient.getTransactionReceipt({ hash });
      } catch (err) {
        if (!(err instanceof TransactionReceiptNotFoundError) || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 2));
      }
    }
  }

  async function sendRaw(
    from: Address,
    tx: { to?: Address; data: Hex; value: bigint },
    gas: bigint,
    label: string,
  ) {
    const hash = await wallet.request({
      method: "eth_sendTransaction",
      params: [{ from, to: tx.to, data: tx.data, value: toHex(tx.value), gas: toHex(gas) }],
    });
    const receipt = await receiptOf(hash);
    if (receipt.status !== "success") {
      const reason = await publicClient
        .call({
          account: from,
          to: tx.to,
          data: tx.data,
          value: tx.value,
          blockNumber: receipt.blockNumber - 1n,
        })
        .then(
          () => "reverted",
          (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e)),
        );
      throw new Error(`${label} failed: ${reason}`);
    }
    return receipt;
  }

  return {
    publicClient,
    /** Sends one call from an unlocked account and returns its (successful) receipt. */
    send(from: Address, c: Call, label: string): Promise<TransactionReceipt> {
      return sendRaw(from, c, CALL_GAS, label);
    },
    /** Deploys creation code + encoded constructor args; returns the new address. */
    async deploy(from: Address, bytecodeWithArgs: Hex, label: string): Promise<Address> {
      const receipt = await sendRaw(from, { data: bytecodeWithArgs, value: 0n }, DEPLOY_GAS, label);
      if (!receipt.contractAddress) throw new Error(`${label}: no contract address`);
      return getAddress(receipt.contractAddress);
    },
    /** The node's unlocked accounts, in index order. */
    accounts: () => wallet.getAddresses(),
    /** Timestamp of the latest block. */
    async now(): Promise<number> {
      const block = await publicClient.getBlock({ blockTag: "latest" });
      return Number(block.timestamp);
    },
    blockNumber: async () => Number(await publicClient.getBlockNumber({ cacheTime: 0 })),
    /** Makes the next block carry `timestamp`; refuses to go backwards. */
    async goto(timestamp: number): Promise<void> {
      const latest = await this.now();
      if (timestamp <= latest) throw new Error(`timeline out of order: ${timestamp} <= chain time ${latest}`);
      await test.setNextBlockTimestamp({ timestamp: BigInt(timestamp) });
    },
    /** Mines `blocks` empty blocks `interval` seconds apart (in chunks, so no single request runs long). */
    async mine(blocks: number, interval = 12): Promise<void> {
      for (let left = blocks; left > 0; left -= MINE_CHUNK) {
        await test.mine({ blocks: Math.min(left, MINE_CHUNK), interval });
      }
    },
  };
}

/** The helpers returned by connectChain. */
export type Chain = ReturnType<typeof connectChain>;
