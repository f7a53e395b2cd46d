import { PatternRouter } from 'hono/router/pattern-router'
import type { RouterRoute } from 'hono/types'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/**
 * The methods a path does answer, so that a wrong method gets 405 with `Allow` instead of a 404
 * that suggests the path does not exist. Built lazily from the app's own route table.
 */
export function allowedMethods(routes: RouterRoute[]): (path: string) => string[] {
  let router: PatternRouter<string> | undefined
  return (path) => {
    if (!router) {
      router = new PatternRouter<string>()
      // Middleware is registered under ALL; only real handlers count.
      for (const route of routes) if (route.method !== 'ALL') router.add(route.method, route.path, route.method)
    }
    const found = router
    const allowed = METHODS.filter((method) => found.match(method, path)[0].length > 0)
    if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD')
    return allowed
  }
}
