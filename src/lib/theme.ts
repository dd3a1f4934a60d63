/** The theme a person picked; "system" follows the operating system. */
export type ThemePreference = "light" | "dark" | "system";
export type ResolvedTheme = "light" | "dark";

const KEY = "plenum.theme";
const listeners = new Set<() => void>();

/** The saved preference ("system" when none or unreadable). */
export function themePreference(): ThemePreference {
  try {
    const v = localStorage.getItem(KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

const systemDark = (): boolean =>
  typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

/** The theme actually shown now. */
export function resolvedTheme(): ResolvedTheme {
  const pref = themePreference();
  if (pref !== "system") return pref;
  return systemDark() ? "dark" : "light";
}

/** Puts the resolved theme on <html> so the CSS variables switch. */
export function applyTheme(): void {
  const theme = resolvedTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Saves and applies a preference, and tells subscribers. */
export function setThemePreference(pref: ThemePreference): void {
  if (pref === "system") localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, pref);
  applyTheme();
  for (const l of listeners) l();
}

/** Calls back on preference changes and on OS theme changes; returns the unsubscribe function. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  const onMedia = () => {
    applyTheme();
    listener();
  };
  media?.addEventListener("change", onMedia);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener("change", onMedia);
  };
}
