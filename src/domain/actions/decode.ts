import {
  type AbiFunction,
  type Address,
  decodeAbiParameters,
  erc20Abi,
  type Hex,
  toFunctionSelector,
} from "viem";
import { addressIs } from "@/lib/evm/address-match";
import { roleName } from "./roles";
import type { Action, DecodedAction, DecodedArg, KnownContract } from "./types";

const AMOUNT_FUNCTIONS = new Set(["transfer", "transferFrom", "approve", "mint", "burn"]);

function findContract(known: readonly KnownContract[], address: Address): KnownContract | undefined {
  const is = addressIs(address);
  return known.find((c) => is(c.address));
}

function labelFor(known: readonly KnownContract[], value: unknown, type: string): string | undefined {
  if (type === "bytes32" && typeof value === "string") return roleName(value as `0x${string}`) ?? undefined;
  if (type === "address" && typeof value === "string") return findContract(known, value as Address)?.label;
  return undefined;
}

function namedArgs(
  fn: AbiFunction,
  args: readonly unknown[],
  contract: KnownContract | undefined,
  known: readonly KnownContract[],
): DecodedArg[] {
  const isAmountCall = AMOUNT_FUNCTIONS.has(fn.name) && contract?.decimals !== undefined;
  return fn.inputs.map((input, i) => {
    const value = args[i];
    const arg: DecodedArg = { name: input.name || `arg${i}`, type: input.type, value };
    const label = labelFor(known, value, input.type);
    if (label) arg.label = label;
    if (isAmountCall && input.type === "uint256" && typeof value === "bigint" && contract) {
      arg.amount = { value, decimals: contract.decimals ?? 18, symbol: contract.symbol ?? "" };
    }
    return arg;
  });
}

// Each ABI's functions by selector, hashed once (viem's decodeFunctionData hashes every function of the ABI on
// each call, and throws an error object for calldata of another contract).
const selectors = new WeakMap<KnownContract["abi"], Map<string, AbiFunction>>();
function functionsOf(abi: KnownContract["abi"]): Map<string, AbiFunction> {
  let m = selectors.get(abi);
  if (!m) {
    m = new Map();
    for (const item of abi) if (item.type === "function") m.set(toFunctionSelector(item), item);
    selectors.set(abi, m);
  }
  return m;
}

function tryDecode(abi: KnownContract["abi"], action: Action) {
  const fn = functionsOf(abi).get(action.calldata.slice(0, 10).toLowerCase());
  if (!fn) return null;
  try {
    return { fn, args: decodeAbiParameters(fn.inputs, `0x${action.calldata.slice(10)}` as Hex) };
  } catch {
    return null;
  }
}

/** Decodes one proposal action against the contracts the app knows; unknown calldata stays raw and is marked. */
export function decodeAction(
  action: Action,
  index: number,
  known: readonly KnownContract[],
  codeless: ReadonlySet<string> = new Set(),
): DecodedAction {
  const contract = findContract(known, action.target);
  const noCode = !contract && codeless.has(action.target.toLowerCase());
  const base = {
    index,
    target: action.target,
    targetLabel: contract?.label ?? null,
    targetKind: contract?.kind ?? null,
    value: action.value,
    calldata: action.calldata,
    ...(noCode ? { noCode: true as const } : {}),
  };
  if (action.calldata === "0x" || action.calldata.length < 10) return { ...base, call: null, opaque: null };
  if (noCode) return { ...base, call: null, opaque: "no-code" };
  // An unknown target may still be a plain ERC-20: decode the common selectors, but keep it marked unknown.
  const decoded = tryDecode(contract?.abi ?? erc20Abi, action);
  if (!decoded) return { ...base, call: null, opaque: contract ? "unknown-selector" : "unknown-target" };
  return {
    ...base,
    call: { functionName: decoded.fn.name, args: namedArgs(decoded.fn, decoded.args, contract, known) },
    opaque: contract ? null : "unknown-target",
  };
}

/** Decodes every action of a proposal, in order; `codeless`: lowercased targets known to hold no code. */
export function decodeActions(
  actions: readonly Action[],
  known: readonly KnownContract[],
  codeless: ReadonlySet<string> = new Set(),
): DecodedAction[] {
  return actions.map((a, i) => decodeAction(a, i, known, codeless));
}
