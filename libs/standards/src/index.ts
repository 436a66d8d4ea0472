export * from './domain/index.js';
export * from './standards.module.js';
export * from './standards.stream.js';
export {
  StandardsCatalogue,
  checksumOf,
  readStandardsFile,
  standardsDirectory,
  type CatalogueStandard,
  type LoadedFile,
} from './catalogue/standards-catalogue.js';
export { StandardsLoader, standardsTarget } from './catalogue/standards.loader.js';
export { StandardRefDto } from './get-standards/standard-ref.dto.js';
