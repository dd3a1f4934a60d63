import type { SecurityFinding } from "./finding";

/** One finding as a checklist line: the same finding about the same account in several actions is one line. */
export type FindingLine = {
  level: SecurityFinding["level"];
  rule: SecurityFinding["rule"];
  address: SecurityFinding["address"];
  /** The 0-based actions it concerns (empty: it is about the target's code, whichever action calls it). */
  actions: number[];
  title: string;
  detail: string;
};

const and = (xs: readonly string[]) =>
  xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;

/** Where a line applies, in words: "action 2", "actions 1 and 3", or the account's full address. */
export function findingPlace(line: FindingLine): string {
  if (line.actions.length === 0) return line.address;
  const n = line.actions.map((a) => String(a + 1));
  return `${line.actions.length === 1 ? "action" : "actions"} ${and(n)}`;
}

// A detail names the action it was found in as "Action N"; the same finding in other actions differs only there.
const ACTION = /\bAction \d+\b/;

/** Findings grouped into one line per account per finding, in the findings' order (most severe first). */
export function findingLines(findings: readonly SecurityFinding[]): FindingLine[] {
  const lines = new Map<string, FindingLine & { template: string }>();
  for (const f of findings) {
    const template = f.detail.replace(ACTION, "Action #");
    const key = `${f.rule}:${f.address.toLowerCase()}:${f.title}:${template}`;
    const line = lines.get(key);
    const { action, ...rest } = f;
    if (!line) lines.set(key, { ...rest, actions: action === undefined ? [] : [action], template });
    else if (action !== undefined && !line.actions.includes(action)) line.actions.push(action);
  }
  return [...lines.values()].map(({ template, ...line }) => {
    if (line.actions.length < 2) return line;
    // "Each of actions 1 and 3 calls …": the details' verbs are singular.
    return { ...line, detail: template.replace("Action #", `Each of ${findingPlace(line)}`) };
  });
}
