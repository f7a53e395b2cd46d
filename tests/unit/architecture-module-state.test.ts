import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from '../helpers/source-tree'

/*
 * Process-wide state lives in lib/runtime/process-singleton.ts and nowhere else in lib/: server.ts's
 * import graph and Next's bundle each load their own copy of lib/, so a module-level variable exists
 * twice in one process. Anything a module keeps between calls goes through `processSingleton`.
 *
 * The rule, checked on every file under lib/ (lib/generated excepted, as the source-tree helper skips
 * it) other than the helper itself:
 *   1. no top-level `let` or `var`;
 *   2. no top-level `const` initialised with `new …` (through parentheses, `as`, `satisfies`, `!`):
 *      a Map, Set, WeakMap, WeakSet, Array, Date, emitter or any other instance can change.
 *      Exception: `new Set(…)` / `new Map(…)` declared `ReadonlySet<…>` / `ReadonlyMap<…>`, an
 *      immutable lookup table (the compiler refuses add, set, delete and clear on it);
 *   3. no top-level `const` initialised with an empty `[]` or `{}`: an accumulator in the making;
 *   4. no write, anywhere in the file, to a top-level binding or through it: assignment, `++`/`--`,
 *      `delete`, `Object.assign(binding, …)`, or a mutating array method (push, splice, sort, …);
 *   5. no `globalThis`, nor Node's `global`.
 * A top-level call (`const schema = z.object(…)`) is not judged: a pure factory cannot be told from
 * one returning a cache. ALLOWED below lists deliberate exceptions, each with its reason.
 */
const root = resolve(import.meta.dirname, '../..')
const HELPER = 'lib/runtime/process-singleton.ts'

/** `file: binding` → why this module-level value is fine. Keep it short; prefer fixing the code. */
const ALLOWED: Record<string, string> = {}

const READONLY_TYPES: Record<string, string> = { Set: 'ReadonlySet', Map: 'ReadonlyMap' }
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin'])

interface Finding {
  line: number
  name: string
  problem: string
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  )
    current = current.expression
  return current
}

/** The identifier an access chain starts from: `a` for `a.b[c].d`. */
function rootIdentifier(expression: ts.Expression): ts.Identifier | undefined {
  let current = unwrap(expression)
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = unwrap(current.expression)
  return ts.isIdentifier(current) ? current : undefined
}

function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) into.add(name.text)
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, into)
}

/** Names a scope (a function, block or loop) declares itself, so they shadow the module's. */
function declaredIn(scope: ts.Node): Set<string> {
  const names = new Set<string>()
  if (ts.isFunctionLike(scope)) {
    for (const parameter of scope.parameters) bindingNames(parameter.name, names)
    if ((ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) && scope.name) names.add(scope.name.text)
  }
  if (ts.isCatchClause(scope) && scope.variableDeclaration) bindingNames(scope.variableDeclaration.name, names)
  if (
    (ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) &&
    scope.initializer &&
    ts.isVariableDeclarationList(scope.initializer)
  )
    for (const declaration of scope.initializer.declarations) bindingNames(declaration.name, names)
  if (ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
    for (const statement of scope.statements) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name, names)
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text)
    }
  }
  return names
}

function shadowed(identifier: ts.Identifier): boolean {
  for (let scope = identifier.parent; !ts.isSourceFile(scope); scope = scope.parent) if (declaredIn(scope).has(identifier.text)) return true
  return false
}

/** Module-level mutable state in one file's source, as findings (empty when it keeps none). */
function moduleStateFindings(fileName: string, text: string): Finding[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const findings: Finding[] = []
  const report = (node: ts.Node, name: string, problem: string) =>
    findings.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, name, problem })

  const topLevel = new Set<string>()
  for (const statement of source.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name)
      topLevel.add(statement.name.text)
    if (!ts.isVariableStatement(statement)) continue
    const list = statement.declarationList
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0
    for (const declaration of list.declarations) {
      const names = new Set<string>()
      bindingNames(declaration.name, names)
      names.forEach((name) => topLevel.add(name))
      const name = [...names].join(', ')
      if (!isConst) {
        report(declaration, name, `top-level ${list.flags & ts.NodeFlags.Let ? 'let' : 'var'}`)
        continue
      }
      if (!declaration.initializer) continue
      const initializer = unwrap(declaration.initializer)
      if (ts.isNewExpression(initializer)) {
        const constructed = initializer.expression.getText(source)
        const annotation = declaration.type?.getText(source) ?? ''
        const readonlyType = READONLY_TYPES[constructed]
        if (!readonlyType || !annotation.startsWith(`${readonlyType}<`))
          report(declaration, name, `top-level const = new ${constructed}(…)${readonlyType ? ` not typed ${readonlyType}<…>` : ''}`)
      } else if (
        ts.isArrayLiteralExpression(initializer) ? !initializer.elements.length : ts.isObjectLiteralExpression(initializer) && !initializer.properties.length
      ) {
        report(declaration, name, `top-level const = ${ts.isArrayLiteralExpression(initializer) ? '[]' : '{}'}`)
      }
    }
  }

  const written = (target: ts.Expression, node: ts.Node, how: string) => {
    const identifier = rootIdentifier(target)
    if (identifier && topLevel.has(identifier.text) && !shadowed(identifier)) report(node, identifier.text, `${how} a top-level binding`)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'globalThis') report(node, 'globalThis', 'globalThis outside process-singleton.ts')
    else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'global' && !shadowed(node.expression))
      report(node, 'global', 'global outside process-singleton.ts')
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment)
      written(node.left, node, 'assigns')
    else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    )
      written(node.operand, node, 'increments or decrements')
    else if (ts.isDeleteExpression(node)) written(node.expression, node, 'deletes from')
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const callee = node.expression
      if (MUTATING_METHODS.has(callee.name.text)) written(callee.expression, node, `calls .${callee.name.text}() on`)
      else if (callee.getText(source) === 'Object.assign' && node.arguments[0]) written(node.arguments[0], node, 'Object.assign()s into')
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

describe('module-level state lives only in processSingleton', () => {
  const files = sourceFiles(root, ['lib']).filter((file) => file !== HELPER)

  it('scans the lib/ tree', () => {
    // Guards the guard: a broken scan would find nothing wrong anywhere.
    expect(files.length).toBeGreaterThan(150)
    expect(files).toContain('lib/db/index.ts')
    expect(readFileSync(join(root, 'lib/db/index.ts'), 'utf8')).toContain("processSingleton('database'")
  })

  it('flags every kind of module state the rule names, and leaves immutable tables and locals alone', () => {
    const bad = [
      'let counter = 0',
      'var legacy = 1',
      'const cache = new Map<string, number>()',
      'const seen = new WeakSet<object>()',
      'const startedAt = new Date()',
      'const names = new Set(["a"]) as Set<string>',
      'const queue: string[] = []',
      'const state = { count: 0 }',
      'export function bump() { state.count++; return (globalThis as Record<string, unknown>).x }',
      'const list = ["a"]',
      'export const add = (item: string) => list.push(item)',
      'const registry = {}',
      'export function put(key: string, value: unknown) { Object.assign(registry, { [key]: value }) }',
      'export const nodeGlobal = () => global.process',
    ].join('\n')
    const problems = moduleStateFindings('bad.ts', bad).map((finding) => `${finding.name}: ${finding.problem}`)
    expect(problems).toEqual([
      'counter: top-level let',
      'legacy: top-level var',
      'cache: top-level const = new Map(…) not typed ReadonlyMap<…>',
      'seen: top-level const = new WeakSet(…)',
      'startedAt: top-level const = new Date(…)',
      'names: top-level const = new Set(…) not typed ReadonlySet<…>',
      'queue: top-level const = []',
      'registry: top-level const = {}',
      'state: increments or decrements a top-level binding',
      'globalThis: globalThis outside process-singleton.ts',
      'list: calls .push() on a top-level binding',
      'registry: Object.assign()s into a top-level binding',
      'global: global outside process-singleton.ts',
    ])

    const good = [
      "import { processSingleton } from '@/lib/runtime/process-singleton'",
      "const SAFE: ReadonlySet<string> = new Set(['GET', 'HEAD'])",
      'const CODES: ReadonlyMap<string, number> = new Map([["a", 1]])',
      'const LIMITS = { login: 5 } as const',
      "const cache = processSingleton('cache', () => new Map<string, number>())",
      'export function local(list: string[]) { const state = { n: 0 }; state.n++; list.push("x"); for (let i = 0; i < 2; i++) state.n += i; return state }',
      'export function shadow() { const cache = new Map(); cache.set("a", 1); let counter = 0; counter++; return counter }',
    ].join('\n')
    expect(moduleStateFindings('good.ts', good)).toEqual([])
  })

  it('finds no module-level mutable state outside process-singleton.ts', () => {
    const violations = files.flatMap((file) =>
      moduleStateFindings(file, readFileSync(join(root, file), 'utf8'))
        .filter((finding) => !(`${file}: ${finding.name}` in ALLOWED))
        .map((finding) => `${file}:${finding.line} ${finding.name}: ${finding.problem}`),
    )
    expect(violations).toEqual([])
  })

  it('allows only exceptions that still exist', () => {
    for (const entry of Object.keys(ALLOWED)) {
      const [file, name] = entry.split(': ')
      expect(
        moduleStateFindings(file!, readFileSync(join(root, file!), 'utf8')).map((finding) => finding.name),
        entry,
      ).toContain(name)
    }
  })
})
