/** The part of an mdast node this transform reads and writes (no mdast types dependency needed). */
type MdNode = {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
};

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
const MARK = { className: ["md-html"], title: "HTML from the proposal, shown as text: it was not run" };

/** Turns every raw HTML node into code text, so a voter sees that HTML (or a hidden comment) was there. */
export function htmlAsText(tree: MdNode): number {
  let count = 0;
  const walk = (node: MdNode) => {
    const flow = FLOW_PARENTS.has(node.type);
    for (const child of node.children ?? []) {
      if (child.type === "html") {
        child.type = flow ? "code" : "inlineCode";
        child.data = { hProperties: MARK };
        count += 1;
      } else walk(child);
    }
  };
  walk(tree);
  return count;
}

/** The transform as a remark plugin. */
export const remarkHtmlAsText = () => (tree: MdNode) => {
  htmlAsText(tree);
};
