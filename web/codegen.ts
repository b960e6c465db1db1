import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API schema clients see: the checked-in supergraph reduced to its
 * API schema, so a schema change that breaks an operation of the app fails `npm run build`.
 */
const config: CodegenConfig = {
  schema: { '../schema/supergraph.graphql': { loader: './codegen/api-schema-loader.js' } },
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
