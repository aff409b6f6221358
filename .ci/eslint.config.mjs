// Lint config. It lives in .ci/ because the project root holds only the design card's files;
// `npm run lint` passes it with -c, so file patterns are relative to the project root.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const electronOnlyAtTheEdge = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only main/index.ts, main/window.ts, main/ipc/ and main/platform/ import Electron at runtime.'
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron; use lib/api.ts.' }],
          patterns: [
            { regex: '^node:', message: 'No Node built-ins in the renderer.' },
            { regex: '(^|/)main/', message: 'The renderer reaches main only through lib/api.ts.' },
            { regex: '(^|/)preload/(?!contract/)', message: 'Import the contract, not the preload script.' }
          ]
        }
      ]
    }
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/window.ts', 'main/ipc/**', 'main/platform/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyAtTheEdge],
          patterns: [{ regex: '(^|/)renderer/', message: 'main never imports renderer code.' }]
        }
      ]
    }
  },
  {
    files: ['main/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyAtTheEdge, { name: 'better-sqlite3', message: 'Domain code is pure: no I/O.' }],
          patterns: [
            { regex: '(^|/)(db|wecom|services)/', message: 'Domain code is pure: no db, wecom or services.' },
            { regex: '^node:fs', message: 'Domain code is pure: no file I/O.' }
          ]
        }
      ]
    }
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(main|renderer)/', message: 'The preload knows only the contract.' }] }
      ]
    }
  }
)
