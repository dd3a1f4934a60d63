import { dirname, join, normalize } from "node:path";
import ts from "typescript";

/** One module reference in a source file, as TypeScript parses it. */
export type ImportRef = {
  /** The specifier as written ("viem", "@/chain/x", "../api/y"). */
  specifier: string;
  /** Erased at compile time (`import type`, `export type`, every named element `type`, `import("x").T`). */
  typeOnly: boolean;
  /** Names imported (`default`, `*` for namespaces and bare re-exports). */
  names: string[];
  kind: "import" | "export" | "dynamic" | "require" | "worker";
};

const named = (elements: readonly (ts.ImportSpecifier | ts.ExportSpecifier)[]) =>
  elements.map((e) => (e.propertyName ?? e.name).text);

function fromImport(node: ts.ImportDeclaration, specifier: string): ImportRef {
  const clause = node.importClause;
  if (!clause) return { specifier, typeOnly: false, names: [], kind: "import" };
  const names: string[] = clause.name ? ["default"] : [];
  const bindings = clause.namedBindings;
  let allTypes = clause.isTypeOnly;
  if (bindings && ts.isNamespaceImport(bindings)) names.push("*");
  if (bindings && ts.isNamedImports(bindings)) {
    names.push(...named(bindings.elements));
    // `import { type A, type B }` erases like `import type { A, B }`.
    allTypes ||= !clause.name && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  return { specifier, typeOnly: allTypes, names, kind: "import" };
}

function fromExport(node: ts.ExportDeclaration, specifier: string): ImportRef {
  const clause = node.exportClause;
  const names = clause && ts.isNamedExports(clause) ? named(clause.elements) : ["*"];
  const allTypes =
    node.isTypeOnly ||
    (!!clause &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((e) => e.isTypeOnly));
  return { specifier, typeOnly: allTypes, names, kind: "export" };
}

const literal = (n: ts.Node | undefined) => (n && ts.isStringLiteralLike(n) ? n.text : null);

/** Parses a source file (no type checking: a file at a time, in milliseconds). */
export function parseSource(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
}

/** Every module reference in a file: static and type imports, re-exports, dynamic `import()`, `require()`,
 * `import("x").T` types and `new Worker(new URL("./w.ts", import.meta.url))`. */
export function importsOf(file: ts.SourceFile): ImportRef[] {
  const out: ImportRef[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const s = literal(node.moduleSpecifier);
      if (s !== null) out.push(fromImport(node, s));
    } else if (ts.isExportDeclaration(node)) {
      const s = literal(node.moduleSpecifier);
      if (s !== null) out.push(fromExport(node, s));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const s = literal(node.moduleReference.expression);
      if (s !== null) out.push({ specifier: s, typeOnly: node.isTypeOnly, names: ["*"], kind: "require" });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      const s = ts.isLiteralTypeNode(arg) ? literal(arg.literal) : null;
      if (s !== null) out.push({ specifier: s, typeOnly: true, names: ["*"], kind: "dynamic" });
    } else if (ts.isCallExpression(node)) {
      const s = literal(node.arguments[0]);
      const callee = node.expression;
      if (s !== null && callee.kind === ts.SyntaxKind.ImportKeyword)
        out.push({ specifier: s, typeOnly: false, names: ["*"], kind: "dynamic" });
      if (s !== null && ts.isIdentifier(callee) && callee.text === "require")
        out.push({ specifier: s, typeOnly: false, names: ["*"], kind: "require" });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "URL"
    ) {
      const s = literal(node.arguments?.[0]);
      if (s !== null && /^\.\.?\//.test(s))
        out.push({ specifier: s, typeOnly: false, names: ["*"], kind: "worker" });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Where a specifier points: a path under src/ (for `@/` and relative specifiers), or a package name. */
export type Target = { src: string } | { pkg: string; subpath: string };

/** Resolves a specifier written in `from` (a path relative to src/) without touching the disk. */
export function resolveTarget(from: string, specifier: string): Target {
  if (specifier.startsWith("@/")) return { src: specifier.slice(2) };
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    const path = normalize(join(dirname(from), specifier)).replaceAll("\\", "/");
    // A path that climbs out of src/ is outside every layer; name it so no rule mistakes it for one.
    return path.startsWith("../") ? { pkg: `<outside src>/${path}`, subpath: "" } : { src: path };
  }
  const parts = specifier.split("/");
  const pkg = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  return { pkg, subpath: specifier.slice(pkg.length) };
}
