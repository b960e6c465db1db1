import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A session on a customer's personal agenda; only while they hold a confirmed booking for its event. */
@Entity({ tableName: 'agenda_entry' })
export class AgendaEntry {
  [PrimaryKeyProp]?: ['userId', 'sessionId'];

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
