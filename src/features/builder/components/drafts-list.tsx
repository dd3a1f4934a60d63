import type { Draft } from "@/domain/drafts/draft";
import { draftActions } from "@/domain/drafts/draft";
import { countOf } from "@/lib/plural";

type Props = {
  drafts: Draft[];
  skipped: number;
  hrefFor: (d: Draft) => string;
  onDuplicate: (d: Draft) => void;
  onDelete: (d: Draft) => void;
  onImport: (file: File) => void;
  importError: string | null;
};

/** This browser's drafts for the DAO: resume, duplicate, delete, with the last edit time; import a JSON file. */
export function DraftsList({
  drafts,
  skipped,
  hrefFor,
  onDuplicate,
  onDelete,
  onImport,
  importError,
}: Props) {
  return (
    <>
      <label className="field">
        Import a draft (Plenum JSON file)
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => e.target.files?.[0] && onImport(e.target.files[0])}
        />
      </label>
      {importError && <p role="alert">{importError}</p>}
      {skipped > 0 && (
        <p role="status">
          {countOf(skipped, "stored draft")} could not be read and {skipped === 1 ? "is" : "are"} not shown.
        </p>
      )}
      {drafts.length === 0 ? (
        <p>No drafts in this browser yet.</p>
      ) : (
        <table className="drafts-table">
          <caption>{countOf(drafts.length, "draft")}, most recently edited first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Actions</th>
              <th scope="col">Last edited</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id}>
                <td>
                  <a href={hrefFor(d)}>{d.title.trim() || "Untitled draft"}</a>
                </td>
                <td>{draftActions(d).length}</td>
                <td>{new Date(d.updatedAt).toLocaleString()}</td>
                <td className="item-buttons">
                  <button type="button" onClick={() => onDuplicate(d)}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => onDelete(d)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
