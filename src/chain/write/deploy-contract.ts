import {
  type Abi,
  type Address,
  type ContractConstructorArgs,
  encodeDeployData,
  getAddress,
  type Hex,
  type TransactionReceipt,
} from "viem";
import type { Config } from "wagmi";
import { deployContract, waitForTransactionReceipt } from "wagmi/actions";
import { RevertedTransactionError } from "@/lib/app-errors";
import type { WriteStep } from "@/lib/write-step";
import { getPublicClient } from "../client";
import { ensureWalletChain } from "./contract-write-chain";

/** A contract to deploy, typed by its ABI's constructor. */
export type ContractDeploy<abi extends Abi = Abi> = {
  chainId: number;
  abi: abi;
  bytecode: Hex;
  args: ContractConstructorArgs<abi>;
};

/** Same margin as contract calls: estimates on some nodes run short. */
const GAS_HEADROOM_PCT = 125n;

/**
 * The deploy twin of `sendContractWrite`: wallet on the right chain → estimate (a constructor that would
 * revert fails here, before the wallet opens) → wallet signs and sends → receipt with the new address.
 */
export async function sendContractDeploy<abi extends Abi>(
  config: Config,
  d: ContractDeploy<abi>,
  onStep: (s: WriteStep) => void,
): Promise<{ address: Address; receipt: TransactionReceipt }> {
  const address = await ensureWalletChain(config, d.chainId, "send", onStep);
  onStep({ kind: "simulating" });
  // The loose Abi type is checked at the call site (ContractDeploy's generics); viem cannot re-derive it here.
  const data = encodeDeployData({ abi: d.abi, bytecode: d.bytecode, args: d.args } as Parameters<
    typeof encodeDeployData
  >[0]);
  const gas = await getPublicClient(d.chainId).estimateGas({ account: address, data });
  onStep({ kind: "confirm-in-wallet" });
  const hash = await deployContract(config, {
    abi: d.abi,
    bytecode: d.bytecode,
    args: d.args,
    chainId: d.chainId,
    gas: (gas * GAS_HEADROOM_PCT) / 100n,
  } as Parameters<typeof deployContract>[1]);
  onStep({ kind: "pending", hash });
  const receipt = await waitForTransactionReceipt(config, { hash, chainId: d.chainId });
  if (receipt.status !== "success") throw new RevertedTransactionError(hash);
  if (!receipt.contractAddress) throw new Error(`Transaction ${hash} created no contract.`);
  onStep({ kind: "confirmed", hash, blockNumber: receipt.blockNumber });
  return { address: getAddress(receipt.contractAddress), receipt };
}
