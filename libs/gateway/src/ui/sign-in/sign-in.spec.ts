import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import { signInModel } from './sign-in.view-model.js';

const layout = {
  cspNonce: 'n0nce',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};

describe('the sign-in page', () => {
  it('names each missing field in the summary and beside the field', () => {
    const $ = load(
      renderView('sign-in.njk', { ...layout, ...signInModel({ returnTo: '/', missing: { username: true, password: true } }) }),
    );
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#username', '#password']);
    expect($('#username-error').text()).toContain('Enter your username.');
    expect($('title').text()).toMatch(/^Error: Sign in/);
  });

  it('carries the CSRF token and the return path, and says when the idle timeout signed the user out', () => {
    const $ = load(renderView('sign-in.njk', { ...layout, ...signInModel({ returnTo: '/cases/x', timedOut: true }) }));
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=returnTo]').val()).toBe('/cases/x');
    expect($('.govuk-inset-text').text()).toContain('You were signed out');
    expect($('.govuk-error-summary').length).toBe(0);
    expect($('script[nonce=n0nce]').length).toBeGreaterThan(0);
  });

  it('escapes what was typed', () => {
    const $ = load(
      renderView('sign-in.njk', { ...layout, ...signInModel({ returnTo: '/', username: '<b>x</b>', refused: true }) }),
    );
    expect($('#username').val()).toBe('<b>x</b>');
    expect($('b').length).toBe(0);
  });
});
