import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEFAULT_PATH = "/usr/bin/chromium";

const canApt = () =>
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  existsSync("/etc/debian_version") &&
  spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;

/**
 * Path of the Chromium to drive: `CHROME_PATH`, else /usr/bin/chromium. When missing and running
 * as root on Debian, installs the distribution's package; otherwise throws a one-line instruction.
 */
export function resolveChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist; point it at a Chromium or Chrome binary.`);
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  if (!canApt()) {
    throw new Error(
      `Chromium not found at ${DEFAULT_PATH}: install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  console.log("[e2e] Chromium missing: installing it with apt-get (about 25 s)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const res = spawnSync("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
    stdio: "inherit",
    env,
  });
  if (res.status !== 0 || !existsSync(DEFAULT_PATH)) {
    throw new Error(
      `apt-get could not install chromium (exit ${res.status}); install it by hand or set CHROME_PATH.`,
    );
  }
  return DEFAULT_PATH;
}
