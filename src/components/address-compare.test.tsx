import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AddressCompare } from "./address-compare";

const KNOWN = "0xAbcd000000000000000000000000000000001234";
const FAKE = "0xabcd999999999999999999999999999999991234";

describe("AddressCompare", () => {
  it("shows both addresses in full with only the differing characters marked", () => {
    const { container } = render(<AddressCompare address={FAKE} known={KNOWN} label="Treasury (timelock)" />);
    const values = [...container.querySelectorAll("code")].map((c) => c.textContent);
    expect(values).toEqual([FAKE, KNOWN]);
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "9".repeat(32),
      "0".repeat(32),
    ]);
    expect(screen.getByText("Treasury (timelock)")).toBeTruthy();
  });
});
