/** The "Page not found" page (the GOV.UK pattern): where to go next depends on being signed in. Pure. */
export function notFoundModel(context: { signedIn: boolean }) {
  return {
    pageTitle: 'Page not found',
    next: context.signedIn ? { href: '/', text: 'Go to the work queue' } : { href: '/sign-in', text: 'Sign in' },
  };
}
