import {
  type AbiFunction,
  type AbiParameter,
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  isAddress,
  isHex,
} from "viem";
import { argFromForm, formValueFromLoose } from "@/domain/abi-form/values";
import { type Draft, type DraftAction, type DraftItem, draftActions } from "./draft";
import { DraftFormatError } from "./serialize";

/** Safe{Wallet} Transaction Builder's batch file (apps/tx-builder `BatchFile`). */
export type SafeBatchFile = {
  version: string;
  chainId: string;
  createdAt: number;
  meta: {
    name: string;
    description?: string;
    txBuilderVersion?: string;
    createdFromSafeAddress?: string;
    createdFromOwnerAddress?: string;
    checksum?: string;
  };
  transactions: {
    to: string;
    value: string;
    data: string | null;
    contractMethod?: unknown;
    contractInputsValues?: unknown;
  }[];
};

/** A Safe batch of the draft's actions, executed by `executor` (the timelock, or the governor). Calldata is
 * written raw, which the Transaction Builder accepts and decodes itself. */
export function draftToSafeBatch(draft: Draft, executor: Address, now: number): SafeBatchFile {
  return {
    version: "1.0",
    chainId: String(draft.chainId),
    createdAt: now,
    meta: {
      name: draft.title.trim() || "Plenum draft",
      description: "Exported from Plenum",
      txBuilderVersion: "1.18.0",
      createdFromSafeAddress: executor,
      createdFromOwnerAddress: "",
    },
    transactions: draftActions(draft).map((a) => ({
      to: a.target,
      value: a.value.toString(),
      data: a.calldata,
      contractMethod: null,
      contractInputsValues: null,
    })),
  };
}

type Method = { name: string; inputs: AbiParameter[]; payable?: boolean };

function isMethod(v: unknown): v is Method {
  const m = v as Method | null;
  return typeof m === "object" && m !== null && typeof m.name === "string" && Array.isArray(m.inputs);
}

function encodeMethod(m: Method, values: unknown, where: string): Hex {
  const fn: AbiFunction = {
    type: "function",
    name: m.name,
    inputs: m.inputs,
    outputs: [],
    stateMutability: m.payable ? "payable" : "nonpayable",
  };
  const record = (typeof values === "object" && values !== null ? values : {}) as Record<string, unknown>;
  const args = m.inputs.map((input, i) => {
    const r = argFromForm(
      input,
      formValueFromLoose(input, record[input.name ?? ""] ?? ""),
      input.name || `arg${i}`,
    );
    if (!r.ok) throw new DraftFormatError(`${where}: ${r.path}: ${r.error}`);
    return r.value;
  });
  return encodeFunctionData({ abi: [fn], functionName: m.name, args });
}

/** Reads a Safe Transaction Builder batch into actions: raw `data` as given, else encoded from its method. */
export function parseSafeBatch(text: string): { chainId: number; name: string; actions: DraftAction[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DraftFormatError("The file is not JSON.");
  }
  const f = json as Partial<SafeBatchFile> | null;
  if (typeof f !== "object" || f === null || !Array.isArray(f.transactions))
    throw new DraftFormatError("This is not a Safe Transaction Builder file (no transactions list).");
  const chainId = Number(f.chainId);
  if (!Number.isInteger(chainId) || chainId <= 0)
    throw new DraftFormatError("The Safe file has no valid chainId.");
  const actions = f.transactions.map((t, i): DraftAction => {
    const where = `Transaction ${i + 1}`;
    if (!t || typeof t.to !== "string" || !isAddress(t.to, { strict: false }))
      throw new DraftFormatError(`${where} has no valid "to".`);
    const value = String(t.value ?? "0");
    if (!/^\d+$/.test(value)) throw new DraftFormatError(`${where}'s value is not a whole number of wei.`);
    let calldata: Hex = "0x";
    if (typeof t.data === "string" && t.data !== "" && t.data !== "0x") {
      if (!isHex(t.data, { strict: true }) || t.data.length % 2 !== 0)
        throw new DraftFormatError(`${where}'s data is not hex bytes.`);
      calldata = t.data;
    } else if (isMethod(t.contractMethod))
      calldata = encodeMethod(t.contractMethod, t.contractInputsValues, where);
    return { target: getAddress(t.to), value: BigInt(value), calldata };
  });
  return { chainId, name: typeof f.meta?.name === "string" ? f.meta.name : "", actions };
}

/** A Safe batch file read for a draft of `chainId`: one imported block of its actions, kept exactly as given;
 * a file for another chain, or with no transactions, is refused with the reason. */
export function safeBatchItem(text: string, chainId: number, id: string): DraftItem {
  const batch = parseSafeBatch(text);
  if (batch.chainId !== chainId)
    throw new DraftFormatError(
      `This Safe batch is for chain ${batch.chainId}; this DAO is on chain ${chainId}. Nothing was imported.`,
    );
  if (batch.actions.length === 0) throw new DraftFormatError("This Safe batch has no transactions.");
  return { id, input: null, actions: batch.actions };
}
