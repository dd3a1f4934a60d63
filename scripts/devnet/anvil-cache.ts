import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A directory of its own for one anvil's persisted states (`--cache-path`), removed when it exits. Without it
 * anvil keeps them under ~/.foundry/anvil/tmp, several GB per full-history bench chain, and a run that does not
 * end cleanly leaves them there: 74 GB had piled up on this machine and filled its disk.
 */
export function anvilCacheDir(): { args: string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "plenum-anvil-"));
  return { args: ["--cache-path", dir], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
