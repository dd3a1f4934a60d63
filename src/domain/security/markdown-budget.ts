/** Markdown cut to what a browser can render without freezing, and what was left out of the rendering. */
export type BoundedMarkdown = {
  /** The part to render as markdown. */
  markdown: string;
  /** Characters after the cut (shown as plain text or offered as a download, never parsed); "" when none. */
  rest: string;
  /** Lines whose nesting (indentation or `>` markers) was flattened to the cap. */
  flattenedLines: number;
};

/** Defaults measured in Chromium: react-markdown froze the tab for minutes on 1 MB and on 400-deep lists. */
export const MARKDOWN_BUDGET: MarkdownBudget = { maxChars: 50_000, maxIndent: 24, maxQuoteDepth: 8 };

/** Limits for boundMarkdown: characters parsed, columns of indentation, depth of `>` quotes. */
export type MarkdownBudget = { maxChars: number; maxIndent: number; maxQuoteDepth: number };

const QUOTES = /^(\s*>){2,}/;

/** Caps one line's nesting: leading whitespace to `maxIndent` columns, `>` markers to `maxQuoteDepth`. */
function flatten(line: string, maxIndent: number, maxQuoteDepth: number): string {
  let out = line;
  const quotes = QUOTES.exec(out);
  if (quotes) {
    const depth = (quotes[0].match(/>/g) ?? []).length;
    if (depth > maxQuoteDepth) out = ">".repeat(maxQuoteDepth) + out.slice(quotes[0].length);
  }
  const indent = /^[ \t]*/.exec(out)?.[0] ?? "";
  if (indent.replace(/\t/g, "    ").length > maxIndent)
    out = " ".repeat(maxIndent) + out.slice(indent.length);
  return out;
}

/**
 * Bounds hostile markdown before it reaches the renderer: at most `maxChars` characters are parsed (cut at the
 * last blank line before the limit, so a paragraph is not split), and nesting deeper than the caps is
 * flattened. Text within the budget comes back unchanged.
 */
export function boundMarkdown(text: string, budget: Partial<MarkdownBudget> = {}): BoundedMarkdown {
  const { maxChars, maxIndent, maxQuoteDepth } = { ...MARKDOWN_BUDGET, ...budget };
  let cut = text.length;
  if (text.length > maxChars) {
    const blank = text.lastIndexOf("\n\n", maxChars);
    cut = blank > maxChars / 2 ? blank : maxChars;
  }
  let flattenedLines = 0;
  const markdown = text
    .slice(0, cut)
    .split("\n")
    .map((line) => {
      const flat = flatten(line, maxIndent, maxQuoteDepth);
      if (flat !== line) flattenedLines += 1;
      return flat;
    })
    .join("\n");
  return { markdown, rest: text.slice(cut), flattenedLines };
}
