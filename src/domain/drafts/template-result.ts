import type { DraftAction } from "./draft";

/** A field's problem: which line (for multi-line templates) and field, in a person's words. */
export type FieldError = { field: string; line?: number; message: string };

/** What a template form encodes to: its actions, or every field problem at once. */
export type TemplateResult = { ok: true; actions: DraftAction[] } | { ok: false; errors: FieldError[] };

/** The message for a field (and line), for showing beside it. */
export function errorFor(result: TemplateResult | null, field: string, line?: number): string | undefined {
  if (!result || result.ok) return undefined;
  return result.errors.find((e) => e.field === field && e.line === line)?.message;
}
