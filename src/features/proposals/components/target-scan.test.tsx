import { render, screen, within } from "@testing-library/react";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { targetScanReport } from "@/domain/security/target-report";
import { codeWith, scanOf } from "../../../../test/support/target-scans";
import { TargetScan } from "./target-scan";

const PLAIN: Address = "0x1111111111111111111111111111111111111111";
const BOMB: Address = "0x2222222222222222222222222222222222222222";

describe("TargetScan", () => {
  it("lists each target with its code facts, and flags a SELFDESTRUCT", () => {
    const report = targetScanReport(
      [
        { target: PLAIN, value: 0n, calldata: "0x" },
        { target: BOMB, value: 0n, calldata: "0x" },
      ],
      [scanOf(PLAIN), scanOf(BOMB, { code: codeWith(80, ["SELFDESTRUCT"]) })],
      [],
      100n,
    );
    render(<TargetScan report={report} error={null} isPending={false} proposedAt={50n} onRetry={() => {}} />);
    const list = screen.getByRole("list", { name: "Scanned targets" });
    expect(within(list).getByText(PLAIN).closest("li")?.textContent).toContain(
      "100 bytes of code, no SELFDESTRUCT, DELEGATECALL or CALLCODE, not a proxy, the same code as at block 50.",
    );
    expect(screen.getByRole("list", { name: `Findings for ${BOMB}` }).textContent).toContain(
      "Critical: SELFDESTRUCT in the target's code",
    );
  });

  it("says the scan could not be checked, and why, instead of showing nothing", () => {
    const retry = vi.fn();
    render(
      <TargetScan
        report={null}
        error={new Error("fetch failed")}
        isPending={false}
        proposedAt={1n}
        onRetry={retry}
      />,
    );
    expect(screen.getByRole("alert").textContent).toMatch(/^Could not be checked: \S/);
    screen.getByRole("button", { name: "Try again" }).click();
    expect(retry).toHaveBeenCalled();
  });
});
