import { useSyncExternalStore } from "react";
import { setThemePreference, subscribeTheme, type ThemePreference, themePreference } from "@/lib/theme";

/** Light / dark / system selector; the choice is kept in localStorage. */
export function ThemeToggle() {
  const pref = useSyncExternalStore(subscribeTheme, themePreference, () => "system" as const);
  return (
    <label className="theme-toggle">
      <span className="visually-hidden">Theme</span>
      <select value={pref} onChange={(e) => setThemePreference(e.target.value as ThemePreference)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
