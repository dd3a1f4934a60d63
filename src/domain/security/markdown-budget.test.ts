import { describe, expect, it } from "vitest";
import { boundMarkdown, MARKDOWN_BUDGET } from "./markdown-budget";

describe("boundMarkdown", () => {
  it("returns text within the budget unchanged", () => {
    const text = "# Title\n\n- a\n  - b\n\n> quote\n>> nested";
    expect(boundMarkdown(text)).toEqual({ markdown: text, rest: "", flattenedLines: 0 });
  });

  it("cuts a long text at the last blank line before the limit and keeps the rest apart", () => {
    const text = `${"a".repeat(60)}\n\n${"b".repeat(60)}`;
    const out = boundMarkdown(text, { maxChars: 100 });
    expect(out.markdown).toBe("a".repeat(60));
    expect(out.rest).toBe(`\n\n${"b".repeat(60)}`);
    expect(out.markdown + out.rest).toBe(text);
  });

  it("cuts at the limit when there is no blank line in its second half", () => {
    const out = boundMarkdown("x".repeat(250), { maxChars: 100 });
    expect(out.markdown).toHaveLength(100);
    expect(out.rest).toHaveLength(150);
  });

  it("flattens lists and quotes nested deeper than the caps", () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
    const out = boundMarkdown(deep);
    const indents = out.markdown.split("\n").map((l) => (/^ */.exec(l)?.[0] ?? "").length);
    expect(Math.max(...indents)).toBe(MARKDOWN_BUDGET.maxIndent);
    expect(out.flattenedLines).toBe(40 - 13);
    expect(boundMarkdown(`${">".repeat(2000)} deep`).markdown).toBe(`${">".repeat(8)} deep`);
    expect(boundMarkdown("> > > > > > > > > > x").markdown).toBe(">>>>>>>> x");
  });

  it("keeps a 1 MB text's first 50,000 characters for rendering", () => {
    const para = "word ".repeat(100);
    const text = Array.from({ length: 2100 }, () => para).join("\n\n");
    const out = boundMarkdown(text);
    expect(out.markdown.length).toBeLessThanOrEqual(50_000);
    expect(out.markdown.length).toBeGreaterThan(49_000);
    expect(out.markdown.length + out.rest.length).toBe(text.length);
  });
});
