import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { MAX_TEXT_CHARS } from "@/domain/charter/text";

/** Fetches a principle's remote text (only once the person asks); no cookies, no referrer, size-capped. */
export function principleTextQueryOptions(url: string | typeof skipToken) {
  return queryOptions({
    queryKey: ["charter", "text", { url: url === skipToken ? null : url }] as const,
    queryFn:
      url === skipToken
        ? skipToken
        : async ({ queryKey, signal }) => {
            const target = queryKey[2].url;
            if (!target) throw new Error("no URL");
            const res = await fetch(target, { credentials: "omit", referrerPolicy: "no-referrer", signal });
            if (!res.ok) throw new Error(`The host answered ${res.status} ${res.statusText}.`.trim());
            const text = await res.text();
            if (text.length > MAX_TEXT_CHARS) throw new Error("The text is too long to show.");
            return text;
          },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** A remote principle text, fetched only when `url` is given. */
export function usePrincipleText(url: string | null) {
  return useQuery(principleTextQueryOptions(url ?? skipToken));
}
