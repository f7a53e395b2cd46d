import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const SOURCE = /\.(ts|tsx|js|mjs)$/
const SKIPPED = new Set(['node_modules', '.next', 'generated'])

/** The repository-relative paths of the TypeScript/JavaScript files under `entries` (folders or files). */
export function sourceFiles(root: string, entries: string[]): string[] {
  const found: string[] = []
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (!SKIPPED.has(name)) walk(join(path, name))
    } else if (SOURCE.test(path) && !path.endsWith('.d.ts')) found.push(relative(root, path))
  }
  for (const entry of entries) walk(join(root, entry))
  return found.sort()
}
