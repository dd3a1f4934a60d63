import { describe, expect, it } from "vitest";
import { addressIs } from "./address-match";

describe("addressIs", () => {
  it("matches an address in any case and nothing else", () => {
    const is = addressIs("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    expect(is("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0")).toBe(true);
    expect(is("0x9FE46736679D2D9A65F0992F2272DE9F3C7FA6E0".replace("0X", "0x"))).toBe(true);
    expect(is("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e1")).toBe(false);
    expect(is("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e")).toBe(false);
  });
});
