/**
 * Layering (docs/conventions.md §7, docs/architecture.md "Layout"): a context's domain imports nothing outside itself
 * but the pure shared libs; shared libs import no context; apps never import each other; nothing imports
 * a test file.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain code imports only itself, the kernel and the statutory rules: no framework, no infrastructure.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: {
        pathNot: ['^libs/[^/]+/src/domain/', '^libs/kernel/src/', '^libs/statutory/src/', '^libs/testing/src/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'pure-libs-stay-pure',
      comment: 'The kernel and the statutory lib are pure: no Nest, no database, no broker.',
      severity: 'error',
      from: { path: '^libs/(kernel|statutory)/src/' },
      to: { path: '(@nestjs|typeorm|kafkajs|better-sqlite3|@eventstore|\\bpg\\b)' },
    },
    {
      name: 'domain-no-framework-packages',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'], pathNot: ['node_modules/@js-joda', 'node_modules/date-holidays'] },
    },
    {
      name: 'apps-do-not-import-apps',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'contexts-do-not-import-contexts',
      comment: 'Contexts talk through events, never through each other\'s code.',
      severity: 'error',
      from: { path: '^libs/(assessment|ehcp|placement|mediation|funding)/' },
      to: { path: '^libs/(assessment|ehcp|placement|mediation|funding)/', pathNot: '^libs/$1/' },
    },
    {
      name: 'shared-libs-do-not-import-contexts',
      comment:
        'The shared libs serve every context, so they know none: a context plugs in through a port the shared lib ' +
        'defines (replay, process managers) and the app composes them.',
      severity: 'error',
      from: { path: '^libs/(kernel|statutory|event-store|messaging|platform|read-models|gateway|audit|testing|standards)/' },
      to: { path: '^libs/(assessment|ehcp|placement|mediation|funding)/' },
    },
    {
      name: 'no-test-imports-in-product',
      severity: 'error',
      from: { pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$|^test/|^libs/testing/|\\.contract\\.ts$|\\.fixtures\\.ts$' },
      to: { path: '\\.(spec|int-spec|e2e-spec)\\.ts$|^libs/testing/|\\.contract\\.ts$|\\.fixtures\\.ts$' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true, dependencyTypesNot: ['type-only'] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
