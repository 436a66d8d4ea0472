import type { Request, Response } from 'express';
import type { Role } from '@send/kernel';
import { councilNameOf } from '../councils.js';
import { csrfTokenFor } from './csrf-token.js';

/** The product's name in the header's service navigation and in page titles. */
export const SERVICE_NAME = 'SEND casework';

/** What every page's layout needs, set on res.locals by the session middleware. */
export interface UiSettings {
  readonly idleMinutes: number;
  readonly councilNames: Readonly<Record<string, string>>;
  readonly demo: boolean;
}

interface NavItem {
  readonly href: string;
  readonly text: string;
  readonly roles: readonly Role[];
}

/** The service navigation: each role sees the screens it may use (docs/ui.md "Screens"). */
export const NAVIGATION: readonly NavItem[] = [
  { href: '/', text: 'Work queue', roles: ['caseworker', 'manager'] },
  { href: '/', text: 'Cases', roles: ['auditor', 'tribunal'] },
  { href: '/cases/new', text: 'New request', roles: ['caseworker', 'manager'] },
  { href: '/team', text: 'Team', roles: ['manager'] },
  { href: '/dashboards', text: 'Dashboards', roles: ['caseworker', 'manager', 'regions'] },
  { href: '/settings', text: 'Settings', roles: ['manager'] },
  { href: '/audit/verify', text: 'Verify the record', roles: ['auditor'] },
  { href: '/family', text: 'Your case', roles: ['family'] },
  { href: '/bundles/check', text: 'Check a bundle', roles: ['tribunal', 'auditor'] },
];

/**
 * Where a role lands after sign-in: the work queue, except for the regions group, who see figures and never a
 * case (so the work queue has nothing for them), and families, who see their own case only.
 */
export const homePathFor = (role: Role | undefined): string =>
  role === 'regions' ? '/dashboards' : role === 'family' ? '/family' : '/';

export interface LayoutModel {
  readonly cspNonce: string;
  readonly csrfToken: string;
  readonly serviceName: string;
  readonly councilName?: string;
  readonly currentPath: string;
  readonly user?: { id: string; role: Role; la?: string };
  readonly navigation: readonly { href: string; text: string; active: boolean }[];
  readonly flash?: { title: string; html?: string; text?: string };
  readonly idleMinutes: number;
  readonly demo: boolean;
}

/** The navigation a role sees, with the current page marked. Pure: unit tested. */
export function navigationFor(role: Role | undefined, currentPath: string): LayoutModel['navigation'] {
  if (!role) return [];
  return NAVIGATION.filter((n) => n.roles.includes(role)).map((n) => ({
    href: n.href,
    text: n.text,
    active: n.href === '/' ? currentPath === '/' : currentPath.startsWith(n.href),
  }));
}

/**
 * The layout's part of a page model. Takes the one-time banner out of the session: the caller saves the
 * session before answering (UiPages.render does).
 */
export function layoutModel(req: Request, res: Response): LayoutModel {
  const settings = res.locals.ui as UiSettings | undefined;
  const session = req.session;
  const user = session?.user;
  const flash = session?.flash;
  if (session && flash) delete session.flash;
  return {
    cspNonce: String(res.locals.cspNonce ?? ''),
    csrfToken: session ? csrfTokenFor(req) : '',
    serviceName: SERVICE_NAME,
    councilName: councilNameOf(user?.la, settings?.councilNames),
    currentPath: req.path,
    ...(user ? { user } : {}),
    navigation: navigationFor(user?.role, req.path),
    ...(flash ? { flash } : {}),
    idleMinutes: settings?.idleMinutes ?? 20,
    demo: settings?.demo ?? false,
  };
}
