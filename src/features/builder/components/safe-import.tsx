import { useState } from "react";
import type { DraftItem } from "@/domain/drafts/draft";
import { newDraftId } from "@/domain/drafts/draft";
import { safeBatchItem } from "@/domain/drafts/safe-batch";
import { countOf } from "@/lib/plural";

/** Imports a Safe Transaction Builder batch file as one block of actions; a bad file or chain says why. */
export function SafeImport({ chainId, onImport }: { chainId: number; onImport: (item: DraftItem) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const read = async (file: File) => {
    try {
      const item = safeBatchItem(await file.text(), chainId, newDraftId());
      onImport(item);
      setMessage({ ok: true, text: `Imported ${countOf(item.actions.length, "action")} from ${file.name}.` });
    } catch (e) {
      setMessage({ ok: false, text: `Not imported: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div className="field safe-import">
      <label>
        Import a Safe Transaction Builder batch (JSON)
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void read(file);
          }}
        />
      </label>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "muted" : "field-error"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
