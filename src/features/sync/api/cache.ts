import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { parseCacheDump } from "@/chain/store/validate";
import { clearSnapshots } from "@/lib/snapshot-store";
import { getSyncStore } from "./sync-engines";

/** Size of the local chain cache (streams, logs, approximate bytes). */
export function cacheSizeQueryOptions() {
  return queryOptions({
    queryKey: ["sync", "cache-size", {}] as const,
    queryFn: async () => (await getSyncStore()).size(),
  });
}

/** The whole cache as a JSON blob for download. */
export async function exportCacheBlob(): Promise<Blob> {
  const dump = await (await getSyncStore()).exportAll();
  return new Blob([JSON.stringify(dump)], { type: "application/json" });
}

/** Size, and the import / clear actions for the settings panel; both refresh every sync query. */
export function useSyncCache() {
  const qc = useQueryClient();
  const size = useQuery(cacheSizeQueryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: ["sync"] });
  const clear = useMutation({
    // The proposal lists kept for a first paint go with the logs they were read from.
    mutationFn: async () => {
      await (await getSyncStore()).clear();
      await clearSnapshots();
    },
    onSuccess: refresh,
  });
  const importFile = useMutation({
    mutationFn: async (file: Blob) =>
      (await getSyncStore()).importAll(parseCacheDump(JSON.parse(await file.text()))),
    onSuccess: refresh,
  });
  return { size, clear, importFile };
}
