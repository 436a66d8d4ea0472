import { ReadModels1764300000000 } from './1764300000000-read-models.js';
import { CasePrimaryNeed1764400000000 } from './1764400000000-case-primary-need.js';
import { PlacementRegistry1764500000000 } from './1764500000000-placement-registry.js';
import { Bundles1764610000000 } from './1764610000000-bundles.js';
import { CaseTransfer1764700000000 } from './1764700000000-case-transfer.js';
import { InclusionFacts1764800000000 } from './1764800000000-inclusion-facts.js';
import { FamilyAccounts1765100000000 } from './1765100000000-family-accounts.js';
import { InclusionPlanStandards1765300000000 } from './1765300000000-inclusion-plan-standards.js';

/** Every read-model migration for PostgreSQL, oldest first. An entity change needs a new one here. */
export const READ_MODEL_MIGRATIONS = [
  ReadModels1764300000000,
  CasePrimaryNeed1764400000000,
  PlacementRegistry1764500000000,
  Bundles1764610000000,
  CaseTransfer1764700000000,
  InclusionFacts1764800000000,
  FamilyAccounts1765100000000,
  InclusionPlanStandards1765300000000,
];
