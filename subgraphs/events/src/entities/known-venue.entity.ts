import { ProjectedRecord } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/**
 * The events subgraph's projection of a venue, fed by venues' `venues.venue` events: just
 * what events needs to validate an event (who manages it, which sections it has).
 */
@Entity({ tableName: 'known_venue' })
export class KnownVenue extends ProjectedRecord {
  @Property({ type: 'uuid' })
  managerId!: string;

  @Property({ type: 'text' })
  name!: string;
}
