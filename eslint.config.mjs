import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import i18next from 'eslint-plugin-i18next'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', '.data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'] },
  { rules: { '@typescript-eslint/no-explicit-any': 'error' } },
  // Every word a person reads comes from messages/ (next-intl), so the Arabic dashboard has no English left in it.
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'description', 'hint', 'aria-roledescription'] },
          // Calls whose strings are keys or field names, not text: translators (`t`, `tCommon`, `t.rich`),
          // react-hook-form's `register('email')` and the form fields' `fieldProps('email', …)`.
          callees: {
            exclude: [
              ...['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById', 'dispatch', 'commit'],
              ...['includes', 'indexOf', 'endsWith', 'startsWith'],
              ...['t[A-Z][A-Za-z]*', 'rich', 'markup', 'register', 'fieldProps'],
            ],
          },
          message: 'Text people read belongs in messages/en and messages/ar (useTranslations / getTranslations)',
        },
      ],
    },
  },
]

export default config
