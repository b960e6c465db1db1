import { ProjectedRecord } from '@boxoffice/platform';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

/** A seat of a venue, from the venues.venue snapshots; the seat map never changes. */
@Entity({ tableName: 'venue_seat' })
export class VenueSeat extends ProjectedRecord {
  @Index()
  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'uuid' })
  sectionId!: string;

  @Property({ type: 'text' })
  row!: string;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'text' })
  label!: string;

  /** Place in the venue's seat map (sections, rows, seats in order): lists follow it. */
  @Property({ type: 'integer' })
  position!: number;
}
