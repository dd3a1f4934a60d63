import { useState } from "react";
import { downloadBlob } from "@/lib/download";
import { countOf } from "@/lib/plural";
import { exportCacheBlob, useSyncCache } from "../api/cache";

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("en-US", { maximumFractionDigits: 0 })} kB`;

/** Settings panel for the local chain cache: size, export, import, clear. */
export function CachePanel() {
  const { size, clear, importFile } = useSyncCache();
  const [confirming, setConfirming] = useState(false);

  const download = async () => {
    downloadBlob(await exportCacheBlob(), `plenum-cache-${new Date().toISOString().slice(0, 10)}.json`);
  };

  return (
    <section className="panel" aria-labelledby="cache-heading">
      <h2 id="cache-heading">Chain cache</h2>
      <p className="muted">
        Logs already read from the chain are kept in this browser, so a DAO opens at once and only new blocks
        are fetched. Only finalized blocks are kept.
      </p>
      <p role="status">
        {size.data
          ? `${countOf(size.data.logs, "log")} in ${countOf(size.data.streams, "stream")}, about ${kb(size.data.bytes)}`
          : "Measuring…"}
      </p>
      <div className="button-row">
        <button type="button" className="btn btn-small" onClick={() => void download()}>
          Export
        </button>
        <label className="btn btn-small file-button">
          Import
          <input
            type="file"
            accept="application/json"
            className="visually-hidden"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) importFile.mutate(f);
            }}
          />
        </label>
        {confirming ? (
          <>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => clear.mutate(undefined, { onSettled: () => setConfirming(false) })}
            >
              Yes, clear the cache
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setConfirming(true)}>
            Clear…
          </button>
        )}
      </div>
      {importFile.isError && <p role="alert">{importFile.error.message}</p>}
      {importFile.isSuccess && <p role="status">Cache imported.</p>}
      {clear.isSuccess && <p role="status">Cache cleared.</p>}
    </section>
  );
}
