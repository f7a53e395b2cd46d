import { defineConfig, devices } from '@playwright/test'

// The dashboard and the API, end to end, against the production build (`npm run build` first):
// server.ts on an embedded database, and `next start` (the route-handler mount) beside it.
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3100)
const NEXT_PORT = SERVER_PORT + 1
// tests/e2e/smtp-capture.ts: a real SMTP server the app sends to, and an HTTP port to read the mail.
const SMTP_PORT = SERVER_PORT + 2
const SMTP_CAPTURE_PORT = SERVER_PORT + 3
// Passkeys are bound to a host name, and browsers refuse an IP address as one: a server of its own
// whose APP_URL is http://localhost:… (Chromium's virtual authenticator then stands in for a device).
const PASSKEY_PORT = SERVER_PORT + 4
export const PASSKEY_URL = `http://localhost:${PASSKEY_PORT}`
export const SMTP_CAPTURE_URL = `http://127.0.0.1:${SMTP_CAPTURE_PORT}`
const artifacts = 'tests/.artifacts/e2e'

export const ADMIN = { email: 'e2e-admin@vicross.local', password: 'e2e-admin-password-1234' }

const serverEnv = {
  NODE_ENV: 'production',
  AUTH_SECRET: 'e2e-secret-that-is-at-least-32-characters',
  DATABASE_URL: '',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${SERVER_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'api', testMatch: /api-.*\.spec\.ts/ },
    {
      name: 'dashboard',
      testMatch:
        /(shell|smoke|auth|users|exhibitors|live|security|public-files|two-step|sign-ins|command-palette|phone-width|profile-image|saved-views|calendar|trash|accessibility|keyboard|arabic(-[a-z-]+)?)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    { name: 'passkeys', testMatch: /passkeys\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: PASSKEY_URL } },
  ],
  webServer: [
    {
      command: 'node --import tsx tests/e2e/smtp-capture.ts',
      url: `${SMTP_CAPTURE_URL}/health`,
      env: { SMTP_CAPTURE_SMTP_PORT: String(SMTP_PORT), SMTP_CAPTURE_HTTP_PORT: String(SMTP_CAPTURE_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `rm -rf ${artifacts}/server* && node --import tsx server.ts`,
      url: `http://127.0.0.1:${SERVER_PORT}/api/health`,
      env: {
        ...serverEnv,
        PORT: String(SERVER_PORT),
        HOST: '127.0.0.1',
        PGLITE_DIR: `${artifacts}/server-db`,
        APP_URL: `http://127.0.0.1:${SERVER_PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        // As behind one proxy: registerUser (support/api-client.ts) acts as a client of its own
        // address, so the suite stays under the production limit of 10 registrations an hour per
        // address. The browser sends no X-Forwarded-For: its requests remain 127.0.0.1's.
        TRUST_PROXY: '1',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${artifacts}/passkey-db && node --import tsx server.ts`,
      url: `http://127.0.0.1:${PASSKEY_PORT}/api/health`,
      env: {
        ...serverEnv,
        PORT: String(PASSKEY_PORT),
        HOST: '127.0.0.1',
        PGLITE_DIR: `${artifacts}/passkey-db`,
        APP_URL: PASSKEY_URL,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        SEED_DEMO: 'false',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The same API through Next's own route handler (app/api/[[...route]]/route.ts); the same first
      // admin as server.ts's (ADMIN_EMAIL/ADMIN_PASSWORD), so api-mounts.spec.ts can sign in on both.
      command: `rm -rf ${artifacts}/next* && node --import tsx scripts/db-migrate.ts && node --import tsx scripts/db-seed.ts && next start -p ${NEXT_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${NEXT_PORT}/api/health`,
      env: { ...serverEnv, PGLITE_DIR: `${artifacts}/next-db`, APP_URL: `http://127.0.0.1:${NEXT_PORT}` },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
