import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', '.data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'] },
  { rules: { '@typescript-eslint/no-explicit-any': 'error' } },
]

export default config
