import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from '../helpers/source-tree'

/*
 * Server actions are public POST endpoints. Each one must go through the dashboard's one guard
 * (dashboardAction / dashboardDataAction: signed in, the role, and — while staff must use a second
 * factor — enrolled, unless it is part of the set-up), or check the set-up itself
 * (heldForSecondFactor). A new action that forgets fails here, not in production.
 */
const ROOT = join(import.meta.dirname, '../..')
const GUARDS = /\b(dashboardAction|dashboardDataAction|heldForSecondFactor)\(/
// Checks a form's values against its schema: reads nothing, changes nothing, needed before sign-in.
// Picks the language of a signed-out page: sets this browser's own cookie, touches no account.
const OPEN_ON_PURPOSE = new Set(['lib/forms/validate-form.ts#validateForm', 'app/locale-actions.ts#chooseLocaleAction'])

function exportedActions(path: string): { name: string; body: string }[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true)
  return source.statements
    .filter((statement): statement is ts.FunctionDeclaration => ts.isFunctionDeclaration(statement))
    .filter((fn) => fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) && fn.name !== undefined)
    .map((fn) => ({ name: fn.name!.text, body: fn.body?.getText(source) ?? '' }))
}

describe('server actions', () => {
  const files = sourceFiles(ROOT, ['app', 'lib']).filter((path) => /^['"]use server['"]/.test(readFileSync(join(ROOT, path), 'utf8').trimStart()))

  it('are found (the check is not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(7)
    const names = files.flatMap((path) => exportedActions(path).map((action) => action.name))
    expect(names).toEqual(expect.arrayContaining(['assignRoleAction', 'changePasswordAction', 'confirmTotpAction', 'endUserSignInAction', 'validateForm']))
  })

  it('each authorizes through the dashboard guard', () => {
    const unguarded = files.flatMap((path) =>
      exportedActions(path)
        .filter((action) => !OPEN_ON_PURPOSE.has(`${path}#${action.name}`) && !GUARDS.test(action.body))
        .map((action) => `${path}#${action.name}`),
    )
    expect(unguarded).toEqual([])
  })
})
