import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import QRCode from 'qrcode';
import type { NotificationDelivery, NotificationKind } from '../entities/index.js';

/** The mail templates: `templates/<kind>.text.hbs` and `templates/<kind>.html.hbs`, next to `src/` and `dist/`. */
const TEMPLATES = new URL('../../templates/', import.meta.url);

export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; content: Buffer; contentType: string; cid: string }>;
}

type Render = (data: object) => string;

/** Renders a delivery's mail from its kind's templates; tickets become inline QR images. */
export class MailComposer {
  private readonly templates = new Map<string, Render>();

  async compose(delivery: NotificationDelivery): Promise<ComposedMail> {
    const tickets = Array.isArray(delivery.data.tickets) ? (delivery.data.tickets as Array<{ code: string; seatLabel: string }>) : [];
    const qrImages = await Promise.all(
      tickets.map(async (ticket, index) => ({
        filename: `ticket-${index + 1}.png`,
        content: await QRCode.toBuffer(ticket.code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 }),
        contentType: 'image/png',
        cid: `ticket-${index + 1}@boxoffice`,
      })),
    );
    const data = {
      ...delivery.data,
      subject: delivery.subject,
      token: delivery.secret ?? undefined,
      tickets: tickets.map((ticket, index) => ({ ...ticket, cid: qrImages[index]!.cid })),
    };
    return {
      // Only addressed deliveries are claimed for sending (MailDeliveries.claim).
      to: delivery.recipient!,
      subject: delivery.subject,
      text: this.template(delivery.kind, 'text')(data),
      html: this.template(delivery.kind, 'html')(data),
      attachments: qrImages,
    };
  }

  private template(kind: NotificationKind, part: 'text' | 'html'): Render {
    const name = `${kind.toLowerCase().replaceAll('_', '-')}.${part}.hbs`;
    let render = this.templates.get(name);
    if (!render) {
      render = Handlebars.compile(readFileSync(new URL(name, TEMPLATES), 'utf8'), { noEscape: part === 'text', strict: false });
      this.templates.set(name, render);
    }
    return render;
  }
}
