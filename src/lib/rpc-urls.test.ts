import { describe, expect, it } from "vitest";
import { isWebSocketUrl, parseRpcUrls, rpcHost, rpcUrlProblem } from "./rpc-urls";

describe("rpcUrlProblem", () => {
  it.each([
    ["https://eth.example.org/v1/key", null],
    ["http://127.0.0.1:8545", null],
    ["wss://ws.example.org", null],
  ])("accepts %s", (url, expected) => expect(rpcUrlProblem(url)).toBe(expected));

  it.each([
    ["example.org", "is not a URL"],
    ["ftp://example.org", "must start with http://"],
    ["javascript:alert(1)", "must start with http://"],
  ])("rejects %s", (url, words) => expect(rpcUrlProblem(url)).toContain(words));
});

describe("parseRpcUrls", () => {
  it("keeps order, drops blanks and duplicates", () => {
    expect(parseRpcUrls("https://a.org\n\n  https://b.org \nhttps://a.org\n")).toEqual({
      ok: true,
      urls: ["https://a.org", "https://b.org"],
    });
  });

  it("names the first bad line", () => {
    const check = parseRpcUrls("https://a.org\nnot a url");
    expect(check).toMatchObject({ ok: false, line: 2 });
    expect(check.ok ? "" : check.message).toMatch(/^Line 2:/);
  });

  it("accepts an empty list (meaning: use the defaults)", () => {
    expect(parseRpcUrls("  \n")).toEqual({ ok: true, urls: [] });
  });
});

describe("helpers", () => {
  it("extracts the host and spots websockets", () => {
    expect(rpcHost("https://rpc.example.org:8443/x")).toBe("rpc.example.org:8443");
    expect(isWebSocketUrl("wss://x.org")).toBe(true);
    expect(isWebSocketUrl("https://x.org")).toBe(false);
  });
});
