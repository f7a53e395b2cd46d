import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from '../helpers/source-tree'

/*
 * Imports run one way: the API's entry points → lib/api → lib/services → lib/db. Everything in lib/
 * outside lib/api is framework-free of the API (the dashboard, sockets and scripts use it too), so
 * nothing there may reach back into lib/api, and the layers below never import the ones above.
 */
const root = resolve(import.meta.dirname, '../..')

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** The repository-relative path an import specifier points at, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2)
  if (specifier.startsWith('.')) return relative(root, join(dirname(join(root, file)), specifier))
  return null
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    const resolved = target(file, match[1] ?? match[2] ?? match[3] ?? '')
    return resolved ? [resolved] : []
  })
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`)

interface Rule {
  /** Files the rule applies to. */
  from: (file: string) => boolean
  /** Folders those files must not import. */
  forbidden: string[]
  why: string
}

const rules: Rule[] = [
  {
    from: (file) => inside(file, 'lib') && !inside(file, 'lib/api'),
    forbidden: ['lib/api'],
    why: 'only the API entry points (server.ts, app/api) and lib/api itself use lib/api',
  },
  {
    from: (file) => (inside(file, 'app') && !inside(file, 'app/api')) || inside(file, 'components') || file === 'proxy.ts',
    forbidden: ['lib/api'],
    why: 'the dashboard calls services, not the HTTP layer',
  },
  { from: (file) => inside(file, 'lib/services'), forbidden: ['lib/api', 'app', 'components'], why: 'services know nothing of HTTP or React' },
  { from: (file) => inside(file, 'lib/schemas'), forbidden: ['lib/services', 'lib/db'], why: 'schemas describe payloads; they call no service' },
  { from: (file) => inside(file, 'lib/db'), forbidden: ['lib/services', 'lib/api', 'lib/auth', 'lib/realtime'], why: 'the database layer is the bottom one' },
  {
    from: (file) => file === 'lib/errors.ts' || file === 'lib/pagination.ts',
    forbidden: ['lib'],
    why: 'domain errors and pagination depend on nothing of ours',
  },
]

describe('imports run one way', () => {
  const files = sourceFiles(root, ['lib', 'app', 'components', 'proxy.ts'])

  it('finds the source tree and its imports', () => {
    // Guards the guard: a broken scan would pass every rule below.
    expect(files.length).toBeGreaterThan(150)
    expect(importsOf('lib/api/error-handler.ts')).toContain('lib/errors')
  })

  for (const rule of rules) {
    it(`${rule.forbidden.join(', ')} not imported: ${rule.why}`, () => {
      const violations = files.filter(rule.from).flatMap((file) =>
        importsOf(file)
          .filter((path) => rule.forbidden.some((folder) => inside(path, folder)))
          .map((path) => `${file} → ${path}`),
      )
      expect(violations).toEqual([])
    })
  }
})
