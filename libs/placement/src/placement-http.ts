import type { Role } from '@send/kernel';
import { CASEWORK } from '@send/platform';

/** Registry writes (settings, inclusion plans) are casework; national roles read them too. */
export const REGISTRY_WRITERS: Role[] = CASEWORK;
export const REGISTRY_READERS: Role[] = ['caseworker', 'manager', 'auditor', 'tribunal', 'admin'];

/** A setting id: a URN or any short token safe in a stream name and a URL. */
export const SETTING_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const SETTING_ID_MESSAGE = 'a setting id is 1–64 letters, digits, dots, dashes or underscores';
/** Fixed paths under /api/v1/settings that a setting id would otherwise hide (GET /settings/context). */
export const RESERVED_SETTING_IDS = ['context', 'results'];
/** DfE three-digit LA code. */
export const LA_CODE = /^\d{3}$/;
export const LA_CODE_MESSAGE = 'an LA is a three-digit DfE LA code';
