import { fileURLToPath } from "node:url";

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** The first screen: the app's frame, a DAO's frame and its proposal list (the page most visits open). */
export const BOOT_ROOTS = ["app/app.tsx", "app/routes/dao-layout.tsx", "app/routes/proposals-page.tsx"].map(
  src,
);
const ENTRY = src("main.tsx");

function staticClosure(graph: ModuleGraph, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * A `codeSplitting` group `name` function that puts every module the first screen imports statically into
 * one "boot" chunk, except what the entry itself imports. Measured (bench/app-devnet-profile.ts): Rolldown's
 * automatic split gave that screen 52 chunks, and over HTTP/1.1's six connections per host their requests queue
 * behind each other; in one chunk they arrive in one round trip. Other pages load it too (they all render
 * inside the same frames) and keep their own chunks for what only they use.
 */
export function bootChunkName(): (id: string, ctx: ModuleGraph) => string | null {
  let boot: Set<string> | null = null;
  return (id, ctx) => {
    if (!boot) {
      const entry = staticClosure(ctx, [ENTRY]);
      boot = new Set([...staticClosure(ctx, BOOT_ROOTS)].filter((m) => !entry.has(m)));
    }
    return boot.has(id) ? "boot" : null;
  };
}
