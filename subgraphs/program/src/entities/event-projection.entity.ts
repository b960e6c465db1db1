import { ProjectedEvent } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/**
 * What the program knows about an event, from the events.event snapshots: who organizes it,
 * whether its program is visible or may change, and the times its sessions must lie within.
 * Session changes read its row FOR SHARE, so a cancellation applied meanwhile waits for them.
 */
@Entity({ tableName: 'event_projection' })
export class EventProjection extends ProjectedEvent {
  @Property({ type: 'uuid' })
  organizerId!: string;

  /** When the events subgraph made the change this row reflects. */
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
