import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@boxoffice/platform';
import type { Transporter } from 'nodemailer';
import { NotificationDelivery, NotificationDeliveryStatus } from '../entities/index.js';
import type { MailComposer } from './mail-composer.js';
import { nextAttemptDelay, type RetryPolicy } from './retry-schedule.js';

const BATCH = 20;
/** A claimed mail is left alone this long: enough to send it, short enough to retry after a crash. */
const CLAIM_SECONDS = 120;

/**
 * Sends PENDING mails that are due and addressed (run every MAIL_SEND_INTERVAL_MS by a
 * PeriodicTask). Each batch is claimed in its own short transaction (SKIP LOCKED, so replicas
 * share the queue) and sent after it committed, so no transaction waits on SMTP. A failure
 * counts an attempt and schedules the next with exponential backoff; after the last attempt the
 * mail is FAILED.
 */
export class MailDeliveries {
  constructor(
    private readonly orm: MikroORM,
    private readonly transport: Transporter,
    private readonly composer: MailComposer,
    private readonly from: string,
    private readonly retry: RetryPolicy,
    private readonly logger: Logger,
  ) {}

  async sendDue(): Promise<void> {
    for (let claimed = await this.claim(); claimed.length > 0; claimed = await this.claim()) {
      await Promise.all(claimed.map((delivery) => this.send(delivery)));
    }
  }

  private async claim(): Promise<NotificationDelivery[]> {
    const em = this.orm.em.fork();
    const rows: Array<{ id: string }> = await em.execute(
      `update "notification_delivery" set "next_attempt_at" = now() + interval '${CLAIM_SECONDS} seconds'
       where "id" in (select "id" from "notification_delivery" where "status" = 'PENDING' and "next_attempt_at" <= now() and "recipient" is not null
                      order by "next_attempt_at" limit ${BATCH} for update skip locked)
       returning "id"`,
    );
    if (rows.length === 0) return [];
    return em.find(NotificationDelivery, { id: { $in: rows.map((row) => row.id) } });
  }

  private async send(delivery: NotificationDelivery): Promise<void> {
    const em = this.orm.em.fork();
    const attempts = delivery.attempts + 1;
    try {
      const mail = await this.composer.compose(delivery);
      await this.transport.sendMail({ from: this.from, ...mail });
      await em.nativeUpdate(NotificationDelivery, { id: delivery.id }, {
        status: NotificationDeliveryStatus.SENT,
        attempts,
        sentAt: new Date(),
        lastError: null,
        secret: null,
      });
    } catch (err) {
      const delay = nextAttemptDelay(attempts, this.retry);
      const lastError = err instanceof Error ? err.message.slice(0, 500) : String(err);
      this.logger.warn({ deliveryId: delivery.id, attempts, lastError }, delay === undefined ? 'mail failed for good' : 'mail failed; will retry');
      await em.nativeUpdate(
        NotificationDelivery,
        { id: delivery.id },
        delay === undefined
          ? { status: NotificationDeliveryStatus.FAILED, attempts, lastError, secret: null }
          : { attempts, lastError, nextAttemptAt: new Date(Date.now() + delay) },
      );
    }
  }
}
