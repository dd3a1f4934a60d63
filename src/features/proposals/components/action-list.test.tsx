import { render, screen, within } from "@testing-library/react";
import { type Address, encodeFunctionData, erc20Abi, keccak256, toHex } from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDevnetInfo } from "@/config/devnet";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { timelockControllerAbi } from "@/contracts/generated/timelock-controller";
import { decodeActions } from "@/domain/actions/decode";
import { ETH } from "@/domain/actions/outflows";
import { riskReport } from "@/domain/actions/risk";
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

const charter: Address = "0x00000000000000000000000000000000000000a5";
const plain: Address = "0x00000000000000000000000000000000000000ee";
const devnet = {
  chainId: 31337,
  rpcUrl: "http://127.0.0.1:8545",
  daos: [],
  accounts: [{ name: "Open Eval Lab", address: grantee, role: "grantee" }],
};

beforeAll(async () => {
  await loadDevnetInfo(async () => new Response(JSON.stringify(devnet)));
});

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
    render(<ActionList actions={actions} chainId={31337} />);
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

  it("shows what an action moves to the last unit, never rounded away", () => {
    const dust = decodeActions(
      [
        {
          target: usd,
          value: 0n,
          calldata: encodeFunctionData({
            abi: erc20Abi,
            functionName: "transfer",
            args: [grantee, 1_300_000_001n],
          }),
        },
        { target: grantee, value: 10n ** 18n + 1n, calldata: "0x" },
      ],
      known,
    );
    render(<ActionList actions={dust} chainId={31337} />);
    expect(screen.getByText("1,300.000001 tUSD")).toBeTruthy();
    expect(screen.getByText(/Send 1\.000000000000000001 ETH to/)).toBeTruthy();
  });

  it("says when there is nothing to execute", () => {
    render(<ActionList actions={[]} chainId={31337} />);
    expect(screen.getByText(/no on-chain actions/)).toBeTruthy();
  });
});

describe("ActionList names and texts", () => {
  it("names known accounts, calls a plain account one with no code, and shows a charter text, escaped", () => {
    const body = "# Consent\n\n<img src=x onerror=alert(1)> Data is used with consent.";
    const known2: KnownContract[] = [
      ...known,
      { address: charter, label: "Ethics charter", kind: "charter", abi: ethicsCharterAbi },
    ];
    const decoded = decodeActions(
      [
        { target: grantee, value: 1n, calldata: "0x" },
        { target: plain, value: 0n, calldata: "0xdeadbeef" },
        {
          target: charter,
          value: 0n,
          calldata: encodeFunctionData({
            abi: ethicsCharterAbi,
            functionName: "ratify",
            args: [
              "Consent",
              `data:text/markdown;charset=utf-8,${encodeURIComponent(body)}`,
              keccak256("0x01"),
            ],
          }),
        },
      ],
      known2,
      new Set([plain, grantee]),
    );
    const { container } = render(<ActionList actions={decoded} chainId={31337} />);
    expect(screen.getByText("Open Eval Lab").getAttribute("title")).toBe(grantee);
    expect(screen.getAllByText("an account with no code")).toHaveLength(2);
    expect(screen.queryByText("unknown contract")).toBeNull();
    expect(screen.getByText(/Data is used with consent/).textContent).toContain("<img src=x");
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).not.toContain("%20");
  });
});

describe("RiskFlagList", () => {
  it("puts the outside role grant first, as critical, naming the account", () => {
    render(<RiskFlagList report={riskReport(actions, { known })} block={9n} chainId={31337} />);
    const items = within(screen.getByRole("list", { name: "Risk flags" })).getAllByRole("listitem");
    expect(items[0]?.textContent).toContain("Critical: Grants PROPOSER_ROLE to an outside account");
    expect(items[0]?.textContent).toContain("Open Eval Lab would get PROPOSER_ROLE");
    expect(items.some((i) => i.textContent?.includes("Warning: Opaque call"))).toBe(true);
  });

  it("never says 'no large sums' for outflows it did not compare", () => {
    const grant = actions.slice(0, 2);
    render(<RiskFlagList report={riskReport(grant, { known })} block={9n} chainId={31337} />);
    expect(screen.queryByText(/No risk flags/)).toBeNull();
    expect(screen.getAllByText(/Outflow not compared with the treasury/)).toHaveLength(2);
  });

  it("flags a large outflow and shows what it was compared with", () => {
    const balances = new Map<Address, bigint | null>([
      [usd, 100_000_000_000n],
      [ETH, 100_000_000_000_000_000_000n],
    ]);
    render(
      <RiskFlagList
        report={riskReport(actions.slice(0, 2), { known, treasuryBalances: balances })}
        block={1234n}
        chainId={31337}
      />,
    );
    expect(screen.getByText("Warning: Large treasury outflow")).toBeTruthy();
    expect(
      screen.getByText(
        "Compared with the treasury's balances at block 1,234: 40,000 tUSD of 100,000 tUSD (40%); 2 ETH of 100 ETH (2%).",
      ),
    ).toBeTruthy();
  });

  it("says no large sums only after comparing them", () => {
    const balances = new Map<Address, bigint | null>([
      [usd, 1_000_000_000_000n],
      [ETH, 10n ** 21n],
    ]);
    render(
      <RiskFlagList
        report={riskReport(actions.slice(0, 2), { known, treasuryBalances: balances })}
        block={5n}
        chainId={31337}
      />,
    );
    expect(screen.getByText(/No risk flags: .* under 10% of the treasury's balance/)).toBeTruthy();
  });
});
