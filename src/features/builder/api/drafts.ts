import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { createIdbDraftStore } from "@/chain/store/draft-idb-store";
import { createMemoryDraftStore, type DraftStore } from "@/chain/store/draft-store";
import type { Draft } from "@/domain/drafts/draft";
import { decodeSharedDraft } from "@/domain/drafts/link-codec";
import { draftToJson, parseDraftJson } from "@/domain/drafts/serialize";

let store: Promise<DraftStore> | null = null;

/** The browser's draft store; a memory store where IndexedDB is unavailable (private windows of some browsers). */
export function draftStore(): Promise<DraftStore> {
  store ??= createIdbDraftStore().catch(() => createMemoryDraftStore());
  return store;
}

/** A DAO's local drafts, newest first. */
export function draftsQueryOptions(chainId: number, governor: Address) {
  return queryOptions({
    queryKey: ["builder", "drafts", { chainId, governor }] as const,
    queryFn: async ({ queryKey }) => {
      const rows = await (await draftStore()).list(queryKey[2].chainId, queryKey[2].governor);
      const drafts: Draft[] = [];
      let skipped = 0;
      for (const row of rows) {
        try {
          drafts.push(parseDraftJson(row));
        } catch {
          skipped++;
        }
      }
      return { drafts, skipped };
    },
  });
}

/** One local draft by id (null when it is not stored); the stored row is validated as a draft (bigints back). */
export function draftQueryOptions(id: string | null) {
  return queryOptions({
    queryKey: ["builder", "draft", { id }] as const,
    queryFn: async ({ queryKey }): Promise<Draft | null> => {
      const row = queryKey[2].id ? await (await draftStore()).get(queryKey[2].id) : undefined;
      return row === undefined || row === null ? null : parseDraftJson(row);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A DAO's local drafts. */
export const useDrafts = (chainId: number, governor: Address) =>
  useQuery(draftsQueryOptions(chainId, governor));

/** Saves (autosave) and deletes drafts, refreshing the lists. */
export function useDraftMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["builder", "drafts"] });
  const save = useMutation({
    mutationFn: async (d: Draft) => (await draftStore()).put(draftToJson(d)),
    onSuccess: (_r, d) => {
      queryClient.setQueryData(draftQueryOptions(d.id).queryKey, d);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async (id: string) => (await draftStore()).delete(id),
    onSuccess: refresh,
  });
  return {
    save: (d: Draft) => save.mutateAsync(d),
    remove: (id: string) => remove.mutateAsync(id),
    saveError: save.error,
  };
}

/** A draft opened from a share link's code, with its author (a fresh copy; not stored until saved). */
export function sharedDraftQueryOptions(code: string | null) {
  return queryOptions({
    queryKey: ["builder", "shared-draft", { code }] as const,
    queryFn: ({ queryKey }) => (queryKey[2].code ? decodeSharedDraft(queryKey[2].code, Date.now()) : null),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
