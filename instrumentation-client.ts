import { config } from 'zod/v4/core'

// Runs in the browser before the dashboard's own code. Zod probes `new Function` once to decide
// whether to compile object parsers; under the pages' Content-Security-Policy (no 'unsafe-eval')
// that probe is refused and reported as a violation. Parse without it. Only zod's core config is
// imported: `z` itself would put all of zod into every page, validating or not.
config({ jitless: true })
