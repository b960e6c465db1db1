import type { CombinedError } from '@urql/core';
import { useState } from 'preact/hooks';
import { session } from '../auth/session';
import { explain } from '../errors';
import { navigate } from '../router';

/** Where to go after logging in: the page that asked for it (e.g. an event's seat map), else the events. */
function goOn(): void {
  const next = sessionStorage.getItem('boxoffice.next');
  sessionStorage.removeItem('boxoffice.next');
  navigate(next?.replace(/^#/, '') ?? '/events');
}

/** Log in, or register a customer or organizer account. */
export function LoginPage() {
  const [registering, setRegistering] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const fields = new FormData(form);
    const email = String(fields.get('email'));
    const password = String(fields.get('password'));
    setBusy(true);
    const error: CombinedError | undefined = registering
      ? await session.register({ email, password, name: String(fields.get('name')), role: fields.get('organizer') ? 'ORGANIZER' : 'CUSTOMER' })
      : await session.login({ email, password });
    setBusy(false);
    if (error) setProblem(error.graphQLErrors[0]?.extensions?.code === 'UNAUTHENTICATED' ? 'Wrong email or password.' : explain(error));
    else goOn();
  };

  return (
    <section class="narrow">
      <h1>{registering ? 'Create an account' : 'Log in'}</h1>
      <form
        class="stacked"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        {registering && (
          <label>Name <input name="name" required autoComplete="name" /></label>
        )}
        <label>Email <input name="email" type="email" required autoComplete="email" /></label>
        <label>Password <input name="password" type="password" required minLength={registering ? 8 : undefined} autoComplete={registering ? 'new-password' : 'current-password'} /></label>
        {registering && (
          <label class="inline"><input name="organizer" type="checkbox" /> I organize events</label>
        )}
        {problem && <p class="error" role="alert">{problem}</p>}
        <button type="submit" disabled={busy}>{registering ? 'Register' : 'Log in'}</button>
      </form>
      <button type="button" class="link" onClick={() => (setRegistering(!registering), setProblem(undefined))}>
        {registering ? 'I have an account: log in' : 'New here? Create an account'}
      </button>
    </section>
  );
}
