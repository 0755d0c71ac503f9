import { createDefaultEsmPreset } from 'ts-jest'

// Type checking is `npm run typecheck`'s job: with isolatedModules in tsconfig.json ts-jest only transpiles, which
// keeps the suite fast on a 2-core machine.
const preset = createDefaultEsmPreset({ tsconfig: 'tsconfig.json' })

/** @type {import('jest').Config} */
export default {
  ...preset,
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
  verbose: false
}
