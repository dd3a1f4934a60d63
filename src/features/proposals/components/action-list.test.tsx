import { render, screen, within } from "@testing-library/react";
import { type Address, encodeFunctionData, erc20Abi, keccak256, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { timelockControllerAbi } from "@/contracts/generated/timelock-controller";
import { decodeActions } from "@/domain/actions/decode";
import { riskFlags } from "@/domain/actions/risk";
import type { KnownContract } from "@/domain/actions/types";
import { ActionList } from "./action-list";
import { RiskFlagList } from "./risk-flag-list";

const timelock: Address = "0x00000000000000000000000000000000000000a2";
const usd: Address = "0x00000000000000000000000000000000000000a4";
const grantee: Address = "0x0000000000000000000000000000000000000009";
const known: KnownContract[] = [
  { address: timelock, label: "Treasury (timelock)", kind: "timelock", abi: timelockControllerAbi },
  { address: usd, label: "tUSD", kind: "erc20", abi: erc20Abi, decimals: 6, symbol: "tUSD" },
];

const actions = decodeActions(
  [
    {
      target: usd,
      value: 0n,
      calldata: encodeFunctionData({
        abi: erc20Abi,
        functionName: "transfer",
        args: [grantee, 40_000_000_000n],
      }),
    },
    { target: grantee, value: 2_000_000_000_000_000_000n, calldata: "0x" },
    {
      target: timelock,
      value: 0n,
      calldata: encodeFunctionData({
        abi: timelockControllerAbi,
        functionName: "grantRole",
        args: [keccak256(toHex("PROPOSER_ROLE")), grantee],
      }),
    },
    { target: "0x00000000000000000000000000000000000000ff", value: 0n, calldata: "0xdeadbeef" },
  ],
  known,
);

describe("ActionList", () => {
  it("shows decoded calls with formatted token amounts, ETH transfers and raw calldata", () => {
    render(<ActionList actions={actions} />);
    const items = within(screen.getByRole("list", { name: "Proposed actions" })).getAllByRole("listitem", {
      name: "",
    });
    expect(items[0]?.textContent).toContain("transfer on tUSD");
    expect(screen.getByText("40,000 tUSD")).toBeTruthy();
    expect(screen.getByText(/Send 2 ETH to/)).toBeTruthy();
    expect(screen.getByText(/PROPOSER_ROLE/)).toBeTruthy();
    expect(screen.getByText("not decoded")).toBeTruthy();
    expect(screen.getByText("Raw calldata (4 bytes)")).toBeTruthy();
  });

  it("says when there is nothing to execute", () => {
    render(<ActionList actions={[]} />);
    expect(screen.getByText(/no on-chain actions/)).toBeTruthy();
  });
});

describe("RiskFlagList", () => {
  it("puts the outside role grant first, as critical", () => {
    render(<RiskFlagList flags={riskFlags(actions, { known })} />);
    const items = within(screen.getByRole("list", { name: "Risk flags" })).getAllByRole("listitem");
    expect(items[0]?.textContent).toContain("Critical: Grants PROPOSER_ROLE to an outside account");
    expect(items.at(-1)?.textContent).toContain("Warning: Opaque call");
  });
});
