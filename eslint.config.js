import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries of CONVENTIONS.md: shared is pure; packages meet only by package name. */
const noDeepImports = { group: ['**/shared/src/**', '**/server/src/**', '**/client/src/**', '@omcheck/*/src/**'], message: 'Import other packages by name (@omcheck/shared), never by path.' };

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-prerender/**', '**/node_modules/**', 'client/src/gql/**', '**/*.d.ts', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'vue/multi-word-component-names': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      // Decorator metadata needs value imports of the classes named in decorators.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          noDeepImports,
          { group: ['vue', 'vue-*', '@vue/*', 'typeorm', '@apollo/*', 'express', 'pg', 'better-sqlite3', 'node:*', 'fs', 'path', 'graphql', 'type-graphql', '@omcheck/server', '@omcheck/client'], message: 'shared/ is pure domain code: no I/O, no framework.' },
        ],
      }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepImports, { group: ['vue', '@omcheck/client', '@omcheck/test'], message: 'The server does not import the client.' }] }],
    },
  },
  {
    files: ['client/src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepImports, { group: ['@omcheck/server', 'typeorm', 'express', 'pg', 'better-sqlite3', 'node:*'], message: 'The client talks GraphQL only.' }] }],
    },
  },
  {
    files: ['server/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepImports, { group: ['typeorm', '**/*.repository.js', '**/*.entity.js'], message: 'Resolvers call services, never repositories or TypeORM.' }] }],
    },
  },
  {
    // Tests deliberately break content in untyped ways (a deep JSON copy mutated at random paths).
    files: ['**/*.test.ts', '**/test-fixtures.ts', '**/test-arbitraries.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
