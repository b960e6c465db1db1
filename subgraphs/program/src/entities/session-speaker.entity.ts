import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A speaker of a session, carrying the session's times so the database can refuse one speaker
 * in two overlapping sessions (of any event) even when the sessions are added in parallel.
 */
@Entity({ tableName: 'session_speaker' })
export class SessionSpeaker {
  [PrimaryKeyProp]?: ['sessionId', 'speakerId'];

  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'uuid' })
  speakerId!: string;

  /** Place in the session's list of speakers, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;
}
