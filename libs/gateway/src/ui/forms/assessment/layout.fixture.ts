/** The layout's part of a page model, for rendering a view in a unit test. */
export const LAYOUT = {
  cspNonce: 'n',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};
export const CASE_ID = '3f2b9c1e-0000-4000-8000-000000000001';
