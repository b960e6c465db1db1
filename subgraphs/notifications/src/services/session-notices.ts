import { SessionEventTypes, type RequestContext, type SessionFacts } from '@boxoffice/platform';
import { NotificationCategory, NotificationKind } from '../entities/index.js';
import { formatTime } from './mail-format.js';
import type { Notifier } from './notifier.js';

const CHANGES: Record<string, string> = {
  [SessionEventTypes.moved]: 'has moved',
  [SessionEventTypes.roomChanged]: 'has changed rooms',
  [SessionEventTypes.removed]: 'is cancelled',
};

/** A change to a session of a published event, told once to each person who had it on their agenda. */
export class SessionNotices {
  constructor(private readonly notifier: Notifier) {}

  async changed(ctx: RequestContext, { factId, type, facts }: { factId: string; type: string; facts: SessionFacts }): Promise<void> {
    const change = CHANGES[type];
    if (!change) return;
    const when = `${formatTime(facts.startsAt)} to ${formatTime(facts.endsAt)}`;
    const before = `${formatTime(facts.previous.startsAt)} to ${formatTime(facts.previous.endsAt)}`;
    const removed = type === SessionEventTypes.removed;
    for (const userId of new Set(facts.agendaUserIds)) {
      await this.notifier.notify(ctx, {
        userId,
        category: NotificationCategory.EVENTS,
        kind: NotificationKind.SESSION_CHANGED,
        dedupeKey: `session-changed:${factId}:${userId}`,
        title: `${facts.title} ${change}`,
        body: removed ? `${facts.title}, on your agenda, is cancelled.` : `${facts.title}, on your agenda, ${change}: ${when}${facts.room ? `, ${facts.room}` : ''}.`,
        mail: {
          data: {
            session: facts.title,
            change,
            removed,
            when,
            room: facts.room,
            before,
            roomBefore: facts.previous.room,
          },
        },
      });
    }
  }
}
