import { type Address, encodeFunctionData, getAddress, type Hex, isAddress, isHex } from "viem";
import { parseAmount } from "@/domain/abi-form/amount";
import type { AbiFunctionChoice } from "@/domain/abi-form/parse-abi";
import { argFromForm, type FormValue } from "@/domain/abi-form/values";
import type { FieldError, TemplateResult } from "./template-result";

const targetError = (target: string): FieldError | null =>
  isAddress(target.trim(), { strict: false })
    ? null
    : { field: "target", message: "Not an address (0x and 40 hex digits)." };

function ethValue(text: string, errors: FieldError[]): bigint {
  if (text.trim() === "" || text.trim() === "0") return 0n;
  const a = parseAmount(text, 18, { allowZero: true });
  if (!a.ok) errors.push({ field: "value", message: a.error });
  return a.ok ? a.value : 0n;
}

/** Encodes a call built from an ABI function and its form values; ETH only for payable functions. */
export function encodeCustom(
  target: string,
  choice: AbiFunctionChoice | undefined,
  args: readonly FormValue[],
  value: string,
): TemplateResult {
  const errors: FieldError[] = [];
  const bad = targetError(target);
  if (bad) errors.push(bad);
  if (!choice) return { ok: false, errors: [...errors, { field: "function", message: "Pick a function." }] };
  const typed: unknown[] = [];
  for (const [i, input] of choice.fn.inputs.entries()) {
    const r = argFromForm(input, args[i] ?? "", input.name || `arg${i}`);
    if (r.ok) typed.push(r.value);
    else errors.push({ field: `arg${i}`, message: `${r.path}: ${r.error}` });
  }
  const wei = choice.fn.stateMutability === "payable" ? ethValue(value, errors) : 0n;
  if (errors.length) return { ok: false, errors };
  const calldata = encodeFunctionData({ abi: [choice.fn], functionName: choice.fn.name, args: typed });
  return {
    ok: true,
    actions: [
      { target: getAddress(target.trim()) as Address, value: wei, calldata, label: choice.signature },
    ],
  };
}

/** Accepts raw calldata (and ETH) as typed; the preview decodes it when it can. */
export function encodeRaw(target: string, value: string, calldata: string): TemplateResult {
  const errors: FieldError[] = [];
  const bad = targetError(target);
  if (bad) errors.push(bad);
  const data = calldata.trim() === "" ? "0x" : calldata.trim();
  if (!isHex(data, { strict: true }) || data.length % 2 !== 0)
    errors.push({ field: "calldata", message: "Calldata is 0x and an even number of hex digits." });
  else if (data.length > 2 && data.length < 10)
    errors.push({ field: "calldata", message: "Calldata shorter than a 4-byte selector." });
  const wei = ethValue(value, errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, actions: [{ target: getAddress(target.trim()), value: wei, calldata: data as Hex }] };
}
