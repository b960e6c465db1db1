import { useMutation } from '@urql/preact';
import { useState } from 'preact/hooks';
import { CHECKOUT, PAY_FOR_BOOKING, RELEASE_HOLD } from '../api/operations';
import { Countdown } from '../components/Countdown';
import { codeOf, explain, HOLD_EXPIRED_MESSAGE } from '../errors';
import { money } from '../format';
import { navigate } from '../router';

export interface HeldSeats {
  id: string;
  expiresAt: string;
  seats: { id: string; label: string }[];
}

/** The mock provider's cards (see payForBooking in the contract). */
const CARDS = [
  { method: 'pm_card_visa', label: 'Visa ending 4242 (succeeds)' },
  { method: 'pm_card_declined', label: 'Card ending 0002 (declined)' },
];

interface Props {
  hold: HeldSeats;
  onDone(): void;
  onProblem(message: string | undefined): void;
}

/** A live hold with its countdown → checkout → payment with a mock card → the booking's tickets. */
export function Purchase({ hold, onDone, onProblem }: Props) {
  const [checkoutKey] = useState(() => crypto.randomUUID());
  const [booking, setBooking] = useState<{ id: string; totalCents: number; currency: string; paymentDueAt?: string | null }>();
  const [method, setMethod] = useState(CARDS[0]!.method);
  const [checkingOut, checkout] = useMutation(CHECKOUT);
  const [paying, pay] = useMutation(PAY_FOR_BOOKING);
  const [, release] = useMutation(RELEASE_HOLD);

  const expired = () => {
    onProblem(HOLD_EXPIRED_MESSAGE);
    onDone();
  };
  const checkoutHold = async () => {
    onProblem(undefined);
    const result = await checkout({ holdId: hold.id, idempotencyKey: checkoutKey });
    if (result.data) setBooking(result.data.checkout);
    else if (codeOf(result.error) === 'HOLD_EXPIRED') expired();
    else onProblem(explain(result.error!));
  };
  const payBooking = async () => {
    onProblem(undefined);
    // A new key per attempt: after a decline, another card is a new payment.
    const result = await pay({ bookingId: booking!.id, paymentMethod: method, idempotencyKey: crypto.randomUUID() });
    if (result.error) return onProblem(explain(result.error));
    navigate(`/bookings/${booking!.id}`);
  };

  if (booking) {
    return (
      <div class="panel" data-testid="payment">
        <h2>Pay {money(booking.totalCents, booking.currency)}</h2>
        <p>
          {hold.seats.map((seat) => seat.label).join(', ')}
          {booking.paymentDueAt && (
            <> · pay within <Countdown until={booking.paymentDueAt} onExpired={() => onProblem('The time to pay ran out and the seats went back on sale.')} /></>
          )}
        </p>
        <fieldset>
          <legend>Card</legend>
          {CARDS.map((card) => (
            <label key={card.method}>
              <input type="radio" name="card" value={card.method} checked={method === card.method} onChange={() => setMethod(card.method)} />
              {card.label}
            </label>
          ))}
        </fieldset>
        <button type="button" disabled={paying.fetching} onClick={() => void payBooking()}>Pay now</button>
      </div>
    );
  }
  return (
    <div class="panel" data-testid="hold">
      <h2>
        Held for you: {hold.seats.map((seat) => seat.label).join(', ')}
      </h2>
      <p>
        Your seats are held for <Countdown until={hold.expiresAt} onExpired={expired} />. Check out before the time runs out.
      </p>
      <button type="button" disabled={checkingOut.fetching} onClick={() => void checkoutHold()}>Checkout</button>{' '}
      <button type="button" class="secondary" onClick={() => void release({ holdId: hold.id }).then(onDone)}>Release seats</button>
    </div>
  );
}
