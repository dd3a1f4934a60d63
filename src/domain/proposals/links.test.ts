import { describe, expect, it } from "vitest";
import { safeLink } from "./links";

describe("safeLink", () => {
  it.each([
    ["https://forum.aicommons.example/t/42", "forum.aicommons.example"],
    ["http://example.org:8080/x", "example.org:8080"],
    ["  https://xn--80ak6aa92e.com/  ", "xn--80ak6aa92e.com"],
  ])("keeps %s and shows its host", (raw, host) => {
    expect(safeLink(raw)).toMatchObject({ host, kind: "web" });
  });

  it("shows the punycode host of a look-alike domain, not the Unicode one", () => {
    expect(safeLink("https://аррӏе.com/")?.host).toBe("xn--80ak6aa92e.com");
  });

  it("keeps mailto links", () => {
    expect(safeLink("mailto:grants@aicommons.example")).toMatchObject({
      host: "aicommons.example",
      kind: "mail",
    });
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "/relative/path",
    "//evil.example/x",
    "ftp://files.example/x",
    "https://user:pass@evil.example/",
    "",
  ])("refuses %j", (raw) => {
    expect(safeLink(raw)).toBeNull();
  });
});
