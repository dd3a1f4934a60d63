import { type ComponentPropsWithoutRef, useMemo, useState } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { safeLink } from "@/domain/proposals/links";
import { remarkHtmlAsText } from "@/domain/security/html-as-text";
import "./safe-markdown.css";
import { boundMarkdown } from "@/domain/security/markdown-budget";

function Link({ href, children }: ComponentPropsWithoutRef<"a">) {
  const link = href ? safeLink(href) : null;
  if (!link)
    return (
      <span className="md-unsafe-link" title="Link removed: only http(s) and mailto links are shown">
        {children}
      </span>
    );
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
      <span className="md-link-host"> ({link.host})</span>
    </a>
  );
}

/** Remote images would leak the reader's IP to whoever wrote the proposal: load them only on a click. */
function Image({ src, alt }: ComponentPropsWithoutRef<"img">) {
  const [shown, setShown] = useState(false);
  const link = typeof src === "string" ? safeLink(src) : null;
  if (link?.kind !== "web")
    return <span className="md-image-blocked">[image: {alt || "no description"}]</span>;
  if (shown) return <img src={link.href} alt={alt ?? ""} referrerPolicy="no-referrer" className="md-image" />;
  return (
    <button type="button" className="md-image-button" onClick={() => setShown(true)}>
      Load image from {link.host}: {alt || "no description"}
    </button>
  );
}

const components: Components = { a: Link, img: Image };

/** Renders hostile markdown: GFM, raw HTML shown as marked code text (never run), only http(s)/mailto links with their host, images on click.
 * Text past the parse budget (or nested past its caps) is bounded first, so no description can freeze the tab. */
export function SafeMarkdown({ text }: { text: string }) {
  const bounded = useMemo(() => boundMarkdown(text), [text]);
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        skipHtml
        components={components}
        urlTransform={(url) => url}
      >
        {bounded.markdown}
      </Markdown>

      {bounded.flattenedLines > 0 && (
        <p className="muted">
          {bounded.flattenedLines.toLocaleString("en-US")} deeply nested lines are shown flattened.
        </p>
      )}
      {bounded.rest && (
        <details className="md-rest">
          <summary>
            The remaining {bounded.rest.length.toLocaleString("en-US")} characters, as plain text (too long to
            format)
          </summary>
          <pre className="md-rest-text">{bounded.rest.slice(0, 200_000)}</pre>
          {bounded.rest.length > 200_000 && <p className="muted">Cut at 200,000 characters.</p>}
        </details>
      )}
    </div>
  );
}
