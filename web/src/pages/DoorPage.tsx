import { useMutation } from '@urql/preact';
import { useState } from 'preact/hooks';
import { CHECK_IN } from '../api/operations';
import { useSession } from '../auth/session';
import { QrScanner } from '../components/QrScanner';
import { codeOf, explain } from '../errors';
import { dateTime } from '../format';

type Verdict =
  | { kind: 'admitted'; seat: string; event: string }
  | { kind: 'already'; at?: string }
  | { kind: 'invalid'; why: string };

/** The API says when a ticket was used only in INVALID_STATE's message. */
const usedAt = (message: string): string | undefined => /checked in at (\S+)/.exec(message)?.[1];

/** The door: check a ticket in by its code, typed or read from the camera, with a clear verdict. */
export function DoorPage() {
  const { user } = useSession();
  const [code, setCode] = useState('');
  const [verdict, setVerdict] = useState<Verdict>();
  const [checking, checkIn] = useMutation(CHECK_IN);

  const admit = async (ticketCode: string) => {
    setVerdict(undefined);
    const result = await checkIn({ ticketCode: ticketCode.trim() });
    if (result.data) {
      const ticket = result.data.checkIn;
      return setVerdict({ kind: 'admitted', seat: ticket.seat.label, event: ticket.booking.event.title });
    }
    const message = result.error!.graphQLErrors[0]?.message ?? '';
    if (codeOf(result.error) === 'INVALID_STATE' && message.includes('already checked in')) return setVerdict({ kind: 'already', at: usedAt(message) });
    if (codeOf(result.error) === 'NOT_FOUND') return setVerdict({ kind: 'invalid', why: 'No ticket of your events has this code.' });
    if (codeOf(result.error) === 'INVALID_STATE') return setVerdict({ kind: 'invalid', why: message });
    setVerdict({ kind: 'invalid', why: explain(result.error!) });
  };

  if (!user) return <p>Please <a href="#/login">log in</a> as the event's organizer.</p>;
  return (
    <section>
      <h1>Door check-in</h1>
      <form
        class="door"
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim()) void admit(code);
        }}
      >
        <input
          name="code"
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
          placeholder="Ticket code"
          aria-label="Ticket code"
          autoComplete="off"
        />
        <button type="submit" disabled={checking.fetching}>Check in</button>
      </form>
      <QrScanner onCode={(scanned) => (setCode(scanned), void admit(scanned))} />
      {verdict?.kind === 'admitted' && (
        <p class="verdict admitted" role="status" data-testid="verdict">Admitted: {verdict.seat} · {verdict.event}</p>
      )}
      {verdict?.kind === 'already' && (
        <p class="verdict refused" role="status" data-testid="verdict">
          Already checked in{verdict.at ? ` at ${dateTime(verdict.at)}` : ''}: do not admit.
        </p>
      )}
      {verdict?.kind === 'invalid' && (
        <p class="verdict refused" role="status" data-testid="verdict">Not valid: {verdict.why}</p>
      )}
    </section>
  );
}
