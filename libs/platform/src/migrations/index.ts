import { ReadModels1764300000000 } from './1764300000000-read-models.js';

/** Every read-model migration for PostgreSQL, oldest first. An entity change needs a new one here. */
export const READ_MODEL_MIGRATIONS = [ReadModels1764300000000];
