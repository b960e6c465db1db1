import type { BookingFieldsFragment } from '../gql/graphql';
import { dateTime } from '../format';

/** A booking's tickets: the QR code the API renders for each ticket code, the seat and the code to type. */
export function Tickets({ tickets }: { tickets: BookingFieldsFragment['tickets'] }) {
  return (
    <ul class="tickets" data-testid="tickets">
      {tickets.map((ticket) => (
        <li key={ticket.id} class="ticket">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(ticket.qrSvg)}`} alt={`QR code of ticket ${ticket.code}`} width={160} height={160} />
          <strong>{ticket.seat.label}</strong>
          <code data-testid="ticket-code">{ticket.code}</code>
          {ticket.checkedInAt && <span class="muted">checked in {dateTime(ticket.checkedInAt)}</span>}
        </li>
      ))}
    </ul>
  );
}
