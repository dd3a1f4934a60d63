import { type Abi, type AbiFunction, parseAbi, toFunctionSelector, toFunctionSignature } from "viem";

/** A callable function of a pasted ABI, told apart from its overloads by its full signature. */
export type AbiFunctionChoice = { signature: string; selector: `0x${string}`; fn: AbiFunction };

/** The functions found, or why the text is not an ABI. */
export type ParsedAbi = { ok: true; functions: AbiFunctionChoice[] } | { ok: false; error: string };

const WRITABLE = new Set(["nonpayable", "payable"]);

function choices(abi: Abi): AbiFunctionChoice[] {
  return abi
    .filter((i): i is AbiFunction => i.type === "function" && WRITABLE.has(i.stateMutability))
    .map((fn) => ({
      signature: toFunctionSignature(fn),
      selector: toFunctionSelector(fn),
      fn,
    }));
}

function fromJson(text: string): ParsedAbi {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The ABI starts like JSON but is not valid JSON." };
  }
  // Hardhat/Foundry artifacts wrap the ABI in { abi: [...] }.
  const list = Array.isArray(json) ? json : (json as { abi?: unknown } | null)?.abi;
  if (!Array.isArray(list)) return { ok: false, error: "The JSON is not an ABI (an array of entries)." };
  const bad = list.findIndex(
    (e) => typeof e !== "object" || e === null || typeof (e as { type?: unknown }).type !== "string",
  );
  if (bad !== -1) return { ok: false, error: `ABI entry ${bad + 1} has no "type".` };
  try {
    // formatAbiItem/toFunctionSelector throw on malformed parameters; surface that as a message.
    return { ok: true, functions: choices(list as Abi) };
  } catch (e) {
    return { ok: false, error: `The ABI has a malformed entry: ${(e as Error).message.split("\n")[0]}` };
  }
}

function fromSignatures(text: string): ParsedAbi {
  const lines = text
    .split("\n")
    .map((l) => l.trim().replace(/;$/, ""))
    .filter((l) => l !== "" && !l.startsWith("//"))
    .map((l) =>
      /^(function|event|error|struct|constructor|fallback|receive)\b/.test(l) ? l : `function ${l}`,
    );
  if (lines.length === 0) return { ok: false, error: "Paste an ABI: JSON, or one signature a line." };
  for (const [i, line] of lines.entries()) {
    try {
      // Structs are declared on other lines, so a lone line may fail only for want of them: check at the end.
      if (!line.startsWith("struct")) parseAbi([...lines.filter((l) => l.startsWith("struct")), line]);
    } catch {
      return { ok: false, error: `Line ${i + 1} is not a valid signature: ${line}` };
    }
  }
  return { ok: true, functions: choices(parseAbi(lines)) };
}

/** Parses a pasted ABI: JSON (an array, or an artifact with `abi`) or human-readable signatures. */
export function parseAbiText(text: string): ParsedAbi {
  const t = text.trim();
  const parsed = t.startsWith("[") || t.startsWith("{") ? fromJson(t) : fromSignatures(t);
  if (parsed.ok && parsed.functions.length === 0)
    return { ok: false, error: "The ABI has no function that changes state (only views, events or errors)." };
  return parsed;
}
