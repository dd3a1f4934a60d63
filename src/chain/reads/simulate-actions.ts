import {
  type Abi,
  type Address,
  BaseError,
  decodeErrorResult,
  encodeAbiParameters,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  hexToBigInt,
  type PublicClient,
} from "viem";

/** One action to simulate, as the executor would send it. */
export type SimAction = { target: Address; value: bigint; calldata: Hex };
/** A balance to watch across the simulation: ETH (`"ETH"`) or an ERC-20 held by `holder`. */
export type BalanceWatch = { holder: Address; asset: "ETH" | Address };
/** Why a call reverted, decoded against the known ABIs where possible. */
export type Revert = { name: string | null; args: readonly unknown[]; raw: Hex | null };
export type SimCall = { index: number; ok: boolean; revert: Revert | null };
/** The outcome; `balances` is null when the method cannot compute them (one eth_call per action). */
export type Simulation = {
  method: "eth_simulateV1" | "eth_call";
  /** Why eth_simulateV1 was not used, when it was not. */
  fallbackReason: string | null;
  blockNumber: bigint;
  sharedState: boolean;
  calls: SimCall[];
  balances: (BalanceWatch & { before: bigint; after: bigint })[] | null;
};

/** A contract that does not exist on chain: the simulation puts this code there to read ETH balances.
 * PUSH1 0 CALLDATALOAD BALANCE PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN: returns balance(address arg). */
const BALANCE_READER: Address = "0x00000000000000000000000000000000000ba1a5";
const BALANCE_READER_CODE: Hex = "0x6000353160005260206000f3";

function decodeRevert(data: Hex | undefined | null, abi: Abi): Revert {
  if (!data || data === "0x") return { name: null, args: [], raw: data ?? null };
  try {
    const r = decodeErrorResult({ abi, data });
    return { name: r.errorName, args: r.args ?? [], raw: data };
  } catch {
    return { name: null, args: [], raw: data };
  }
}

function readCall(w: BalanceWatch) {
  return w.asset === "ETH"
    ? { to: BALANCE_READER, data: encodeAbiParameters([{ type: "address" }], [w.holder]) }
    : {
        to: w.asset,
        data: encodeFunctionData({ abi: erc20Abi, functionName: "balanceOf", args: [w.holder] }),
      };
}

const toBalance = (data: Hex) => (data.length >= 66 ? hexToBigInt(data.slice(0, 66) as Hex) : 0n);

/** Revert data somewhere in a viem error chain (eth_call errors carry it on an inner error). */
function revertData(e: unknown): Hex | undefined {
  if (!(e instanceof BaseError)) return undefined;
  const inner = e.walk((x) => typeof (x as { data?: unknown }).data === "string") as { data?: Hex } | null;
  return inner?.data;
}

async function viaSimulateV1(
  client: PublicClient,
  executor: Address,
  actions: readonly SimAction[],
  watch: readonly BalanceWatch[],
  blockNumber: bigint,
  abi: Abi,
): Promise<Simulation> {
  const reads = watch.map(readCall);
  const [block] = await client.simulateBlocks({
    blockNumber,
    validation: false,
    blocks: [
      {
        stateOverrides: [{ address: BALANCE_READER, code: BALANCE_READER_CODE }],
        calls: [
          ...reads,
          ...actions.map((a) => ({ account: executor, to: a.target, value: a.value, data: a.calldata })),
          ...reads,
        ],
      },
    ],
  });
  if (!block) throw new Error("eth_simulateV1 returned no block");
  const results = block.calls;
  const n = watch.length;
  const calls = actions.map((_, i): SimCall => {
    const r = results[n + i];
    const ok = r?.status === "success";
    return { index: i, ok, revert: ok ? null : decodeRevert(r?.data, abi) };
  });
  const balances = watch.map((w, i) => ({
    ...w,
    before: toBalance(results[i]?.data ?? "0x"),
    after: toBalance(results[n + actions.length + i]?.data ?? "0x"),
  }));
  return { method: "eth_simulateV1", fallbackReason: null, blockNumber, sharedState: true, calls, balances };
}

async function viaEthCall(
  client: PublicClient,
  executor: Address,
  actions: readonly SimAction[],
  blockNumber: bigint,
  abi: Abi,
  reason: string,
): Promise<Simulation> {
  const calls: SimCall[] = [];
  // Without simulateV1 each call sees the head's state, not the effects of the calls before it.
  for (const [i, a] of actions.entries()) {
    try {
      await client.call({ account: executor, to: a.target, value: a.value, data: a.calldata, blockNumber });
      calls.push({ index: i, ok: true, revert: null });
    } catch (e) {
      const data = revertData(e);
      if (
        data === undefined &&
        !(e instanceof BaseError && e.walk((x) => (x as Error).name === "ExecutionRevertedError"))
      )
        throw e;
      calls.push({ index: i, ok: false, revert: decodeRevert(data, abi) });
    }
  }
  return {
    method: "eth_call",
    fallbackReason: reason,
    blockNumber,
    sharedState: false,
    calls,
    balances: null,
  };
}

/** Simulates a proposal's actions in order as `executor` (the timelock, or the governor) would run them:
 * eth_simulateV1 with shared state and balance reads before and after; else one eth_call per action. */
export async function simulateActions(
  client: PublicClient,
  p: {
    executor: Address;
    actions: readonly SimAction[];
    watch: readonly BalanceWatch[];
    blockNumber: bigint;
    errorAbi: Abi;
  },
): Promise<Simulation> {
  try {
    return await viaSimulateV1(client, p.executor, p.actions, p.watch, p.blockNumber, p.errorAbi);
  } catch (e) {
    const reason = e instanceof BaseError ? e.shortMessage : String(e);
    return viaEthCall(client, p.executor, p.actions, p.blockNumber, p.errorAbi, reason);
  }
}
