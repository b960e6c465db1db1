import { ProjectedRecord } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/** A section of a projected venue (see `KnownVenue`); prices are set per section. */
@Entity({ tableName: 'known_section' })
export class KnownSection extends ProjectedRecord {
  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'text' })
  name!: string;
}
