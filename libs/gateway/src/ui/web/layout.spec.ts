import { homePathFor, navigationFor } from './layout.js';
import { safeReturnPath } from './pages.js';
import { isPageRequest } from './page-paths.js';

describe('the layout', () => {
  it('shows each role the screens it may use, the current one marked', () => {
    expect(navigationFor('caseworker', '/')).toEqual([
      { href: '/', text: 'Work queue', active: true },
      { href: '/cases/new', text: 'New request', active: false },
      { href: '/dashboards', text: 'Dashboards', active: false },
    ]);
    expect(navigationFor('manager', '/team').map((n) => [n.text, n.active])).toEqual([
      ['Work queue', false],
      ['New request', false],
      ['Team', true],
      ['Dashboards', false],
      ['Settings', false],
    ]);
    expect(navigationFor('regions', '/dashboards')).toEqual([{ href: '/dashboards', text: 'Dashboards', active: true }]);
    expect(navigationFor('tribunal', '/').map((n) => n.text)).toEqual(['Cases', 'Check a bundle']);
    expect(navigationFor(undefined, '/')).toEqual([]);
  });

  it('lands the regions group, who can see no case, on the dashboards instead of the work queue', () => {
    expect(homePathFor('regions')).toBe('/dashboards');
    expect(homePathFor('caseworker')).toBe('/');
    expect(homePathFor('auditor')).toBe('/');
  });

  it('returns after sign-in only to a path on this site', () => {
    expect(safeReturnPath('/cases/abc?tab=deadlines')).toBe('/cases/abc?tab=deadlines');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/sign-in')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('treats the API and operations routes as not pages', () => {
    expect(isPageRequest({ url: '/api/v1/cases' })).toBe(false);
    expect(isPageRequest({ url: '/health' })).toBe(false);
    expect(isPageRequest({ url: '/metrics?x' })).toBe(false);
    expect(isPageRequest({ url: '/' })).toBe(true);
    expect(isPageRequest({ url: '/cases/1', originalUrl: '/cases/1?tab=x' })).toBe(true);
    expect(isPageRequest({ url: '/apiary' })).toBe(true);
  });
});
