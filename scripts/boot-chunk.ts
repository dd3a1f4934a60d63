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

/** The first screen's modules, found once from the module graph: the entry's own and the rest of the boot. */
function firstScreen(ctx: ModuleGraph): { entry: Set<string>; boot: Set<string> } {
  const entry = staticClosure(ctx, [ENTRY]);
  entry.delete(ENTRY); // the entry module stays in the entry chunk
  const boot = new Set([...staticClosure(ctx, BOOT_ROOTS)].filter((m) => !entry.has(m) && m !== ENTRY));
  return { entry, boot };
}

/**
 * The `codeSplitting` groups of the first screen: every module it imports statically in one "boot" chunk, and
 * what the entry imports in a small "start" chunk of its own. Measured (bench/app-devnet-profile.ts): Rolldown's
 * automatic split gave that screen 52 chunks, and over HTTP/1.1's six connections per host their requests queue
 * behind each other; in one chunk they arrive in one round trip. "start" goes first (a higher priority): a
 * group takes its modules' dependencies along, and without it the boot chunk took the entry's too, so the
 * entry imported the boot chunk statically and started nothing (the IndexedDB open, the cached list's read)
 * until all of it had loaded and run. Other pages load boot too (they render inside the same frames) and keep
 * their own chunks for what only they use.
 */
export function bootChunkGroups() {
  let modules: ReturnType<typeof firstScreen> | null = null;
  const of = (ctx: ModuleGraph) => {
    modules ??= firstScreen(ctx);
    return modules;
  };
  return [
    {
      name: (id: string, ctx: ModuleGraph) => (of(ctx).entry.has(id) ? "start" : null),
      debugName: "start",
      priority: 2,
    },
    {
      name: (id: string, ctx: ModuleGraph) => (of(ctx).boot.has(id) ? "boot" : null),
      debugName: "boot",
      priority: 1,
    },
  ];
}
