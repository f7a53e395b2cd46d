import { z } from 'zod'

// Runs in the browser before the dashboard's own code. Zod probes `new Function` once to decide
// whether to compile object parsers; under the pages' Content-Security-Policy (no 'unsafe-eval')
// that probe is refused and reported as a violation. Parse without it.
z.config({ jitless: true })
