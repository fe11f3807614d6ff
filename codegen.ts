// Typed documents for TypeScript clients, from the printed schema: the example client and the
// API tests write their operations with `graphql(...)` and get typed results and variables.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '!**/generated/**'],
  ignoreNoDocuments: true,
  // Relative imports with .js extensions, as NodeNext module resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', ID: 'string' },
        strictScalars: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
