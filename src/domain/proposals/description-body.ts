import type { ParsedDescription } from "./description";

/**
 * What the description says beyond its title: the body, or the whole text when the title had to be
 * cut (so the full title can still be read), or null when the description is the title alone and
 * showing it again would only repeat the heading.
 */
export function descriptionBeyondTitle(d: ParsedDescription): string | null {
  if (d.body !== "") return d.body;
  const cut = d.title.endsWith("…") && !d.text.includes(d.title);
  return cut ? d.text : null;
}
