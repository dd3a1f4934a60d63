import type { Abi, Address, ContractFunctionArgs, ContractFunctionName, TransactionReceipt } from "viem";
import type { Config } from "wagmi";
import { simulateContract, waitForTransactionReceipt, writeContract } from "wagmi/actions";
import { RevertedTransactionError } from "@/lib/app-errors";
import type { WriteStep } from "@/lib/write-step";
import { getPublicClient } from "../client";
import { ensureWalletChain } from "./contract-write-chain";

/** Where a transaction is; every screen shows these steps in the same words. */
type Mutability = "nonpayable" | "payable";

/** One contract call, typed by its ABI. */
export type ContractCall<
  abi extends Abi = Abi,
  fn extends ContractFunctionName<abi, Mutability> = ContractFunctionName<abi, Mutability>,
> = {
  chainId: number;
  address: Address;
  abi: abi;
  functionName: fn;
  args: ContractFunctionArgs<abi, Mutability, fn>;
  value?: bigint;
};

/** anvil and some nodes under-estimate ERC20Votes checkpoint writes; a margin avoids out-of-gas reverts. */
const GAS_HEADROOM_PCT = 125n;

/**
 * The one write path: wallet on the right chain → simulate (reverts surface before the wallet opens)
 * → wallet signs and sends → receipt. Reports each step through `onStep`.
 */
export async function sendContractWrite(
  config: Config,
  call: ContractCall,
  onStep: (s: WriteStep) => void,
): Promise<TransactionReceipt> {
  const address = await ensureWalletChain(config, call.chainId, "send", onStep);
  onStep({ kind: "simulating" });
  // The loose Abi type is checked at the call site (ContractCall's generics); wagmi cannot re-derive it here.
  const params = {
    chainId: call.chainId,
    address: call.address,
    abi: call.abi,
    functionName: call.functionName,
    args: call.args,
    value: call.value,
    account: address,
  } as Parameters<typeof simulateContract>[1];
  const { request } = await simulateContract(config, params);
  const gas = await getPublicClient(call.chainId).estimateContractGas(
    params as Parameters<ReturnType<typeof getPublicClient>["estimateContractGas"]>[0],
  );
  onStep({ kind: "confirm-in-wallet" });
  const hash = await writeContract(config, { ...request, gas: (gas * GAS_HEADROOM_PCT) / 100n });
  onStep({ kind: "pending", hash });
  const receipt = await waitForTransactionReceipt(config, { hash, chainId: call.chainId });
  if (receipt.status !== "success") throw new RevertedTransactionError(hash);
  onStep({ kind: "confirmed", hash, blockNumber: receipt.blockNumber });
  return receipt;
}
