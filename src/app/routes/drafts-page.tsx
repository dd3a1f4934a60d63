import { useState } from "react";
import { type Draft, newDraftId } from "@/domain/drafts/draft";
import { parseDraftText } from "@/domain/drafts/serialize";
import { useDraftMutations, useDrafts } from "@/features/builder/api/drafts";
import { DraftsList } from "@/features/builder/components/drafts-list";
import "@/features/builder/components/builder.css";
import { useDao } from "../dao-context";

/** `#/<chainId>/<governor>/drafts`: this browser's drafts for the DAO. */
export function DraftsPage() {
  const dao = useDao();
  const drafts = useDrafts(dao.chainId, dao.governor);
  const { save, remove } = useDraftMutations();
  const [importError, setImportError] = useState<string | null>(null);
  const base = `#/${dao.chainId}/${dao.governor}`;
  const copy = (d: Draft, title = d.title) =>
    save({
      ...d,
      id: newDraftId(),
      title,
      chainId: dao.chainId,
      governor: dao.governor,
      updatedAt: Date.now(),
    });
  const onImport = async (file: File) => {
    try {
      await copy(parseDraftText(await file.text()));
      setImportError(null);
    } catch (e) {
      setImportError(`Not imported: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <h1>Drafts</h1>
      <p>
        <a href={`${base}/new`}>Start a new proposal</a>
      </p>
      {drafts.data ? (
        <DraftsList
          drafts={drafts.data.drafts}
          skipped={drafts.data.skipped}
          hrefFor={(d) => `${base}/new?id=${d.id}`}
          onDuplicate={(d) => void copy(d, `${d.title} (copy)`)}
          onDelete={(d) => void remove(d.id)}
          onImport={(f) => void onImport(f)}
          importError={importError}
        />
      ) : (
        <p aria-busy="true">Reading drafts…</p>
      )}
    </>
  );
}
