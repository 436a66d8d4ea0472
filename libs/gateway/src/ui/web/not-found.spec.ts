import { load } from 'cheerio';
import { hasItsOwnNotFound } from './page-paths.js';
import { notFoundModel } from './not-found.view-model.js';
import { renderView } from './render.js';

const layout = {
  cspNonce: 'n0nce',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};

describe('the "Page not found" page', () => {
  it('says the page was not found, in the layout, and offers the work queue when signed in', () => {
    const $ = load(renderView('not-found.njk', { ...layout, ...notFoundModel({ signedIn: true }) }));
    expect($('h1').text()).toBe('Page not found');
    expect($('title').text()).toMatch(/^Page not found/);
    expect($('main p').first().text()).toBe('If you typed the web address, check it is correct.');
    expect($('#not-found-next').attr('href')).toBe('/');
    expect($('#not-found-next').text()).toBe('Go to the work queue');
    expect($('header').length).toBe(1);
  });

  it('offers sign-in when signed out', () => {
    const $ = load(renderView('not-found.njk', { ...layout, ...notFoundModel({ signedIn: false }) }));
    expect($('#not-found-next').attr('href')).toBe('/sign-in');
    expect($('#not-found-next').text()).toBe('Sign in');
  });

  it('leaves the API, its docs, the operations routes and the assets to their own 404', () => {
    for (const url of ['/api/v1/nope', '/api/docs', '/health', '/ready', '/metrics', '/assets/x.css']) {
      expect(hasItsOwnNotFound({ url })).toBe(true);
    }
    for (const url of ['/no-such-page', '/cases/abc/nonsense', '/apiary', '/assetsx']) {
      expect(hasItsOwnNotFound({ url })).toBe(false);
    }
  });
});
