import { useMemo } from "react";
import type { DraftItem, TemplateInput } from "@/domain/drafts/draft";
import { countOf } from "@/lib/plural";
import { type BuilderEnv, encodeInput } from "../api/builder-env";
import { RatifyForm, RetireForm } from "./charter-form";
import { CustomForm, RawForm } from "./custom-form";
import { GrantForm } from "./grant-form";
import { ParameterForm } from "./parameter-form";

type Props = { item: DraftItem; env: BuilderEnv; readOnly: boolean; onChange: (item: DraftItem) => void };

/** One block of the draft: its template form; every change re-encodes its actions (none while invalid). */
export function ItemEditor({ item, env, readOnly, onChange }: Props) {
  const input = item.input;
  const result = useMemo(
    () => (input ? encodeInput(input, env) : { ok: true as const, actions: item.actions }),
    [input, env, item.actions],
  );
  if (!input) return <p>{countOf(item.actions.length, "imported action")}, kept exactly as imported.</p>;
  const set = (next: TemplateInput) => {
    const r = encodeInput(next, env);
    onChange({ ...item, input: next, actions: r.ok ? r.actions : [] });
  };
  const common = { env, result, readOnly };
  switch (input.kind) {
    case "grant":
      return (
        <GrantForm {...common} lines={input.lines} onChange={(lines) => set({ kind: "grant", lines })} />
      );
    case "charter-ratify":
      return <RatifyForm {...common} input={input} onChange={set} />;
    case "charter-retire":
      return <RetireForm {...common} input={input} onChange={set} />;
    case "parameter":
      return <ParameterForm {...common} input={input} onChange={set} />;
    case "custom":
      return <CustomForm {...common} input={input} onChange={set} />;
    case "raw":
      return <RawForm {...common} input={input} onChange={set} />;
  }
}
