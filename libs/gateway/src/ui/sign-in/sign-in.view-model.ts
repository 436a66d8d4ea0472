/** The sign-in page's model (docs/ui.md "Sessions"). Pure: unit tested. */
export interface SignInInput {
  readonly returnTo: string;
  readonly username?: string;
  readonly timedOut?: boolean;
  readonly refused?: boolean;
  /** Too many wrong passwords for this username: it is refused for a while (429 from the token route). */
  readonly throttled?: boolean;
  readonly missing?: { username: boolean; password: boolean };
}

export function signInModel(input: SignInInput) {
  const errors: { text: string; href: string }[] = [];
  const fields: Record<string, { text: string }> = {};
  if (input.missing?.username) {
    errors.push({ text: 'Enter your username.', href: '#username' });
    fields.username = { text: 'Enter your username.' };
  }
  if (input.missing?.password) {
    errors.push({ text: 'Enter your password.', href: '#password' });
    fields.password = { text: 'Enter your password.' };
  }
  if (input.refused) {
    const text = 'The username or password is not right.';
    errors.push({ text, href: '#username' });
    fields.username = { text };
  }
  if (input.throttled) {
    const text = 'Too many wrong passwords for this username. Wait 15 minutes, then try again.';
    errors.push({ text, href: '#username' });
    fields.username = { text };
  }
  return {
    pageTitle: 'Sign in',
    returnTo: input.returnTo,
    username: input.username ?? '',
    timedOut: input.timedOut === true,
    errorSummary: errors,
    fieldErrors: fields,
  };
}
