// One config, three tiers chosen by file suffix (see README "Tests").
// ESM all the way: NestJS 12 ships as ES modules, so jest runs with --experimental-vm-modules.
const tier = process.env.TEST_TIER || 'all';
const suffix = { unit: ['spec'], int: ['int-spec'], e2e: ['e2e-spec'], all: ['spec', 'int-spec', 'e2e-spec'] }[tier];
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  testMatch: suffix.map((s) => `<rootDir>/{apps,libs,test}/**/*.${s}.ts`),
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'es6' },
    }],
  },
  moduleNameMapper: {
    '^@send/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 30000,
};
