import { useCallback, useEffect, useState } from "react";

const keyOf = (scope: string) => `plenum:vote-reason:${scope}`;

/** A vote reason kept in localStorage, so a reload or a failed transaction never loses what was written. */
export function useReasonDraft(scope: string): [string, (v: string) => void, () => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(keyOf(scope)) ?? "";
    } catch {
      return "";
    }
  });
  useEffect(() => {
    try {
      if (value) localStorage.setItem(keyOf(scope), value);
      else localStorage.removeItem(keyOf(scope));
    } catch {
      // Storage full or disabled: the draft lives in memory only.
    }
  }, [scope, value]);
  const clear = useCallback(() => setValue(""), []);
  return [value, setValue, clear];
}
