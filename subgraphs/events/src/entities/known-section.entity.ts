import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A section of a projected venue (see `KnownVenue`); prices are set per section. */
@Entity({ tableName: 'known_section' })
export class KnownSection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'text' })
  name!: string;
}
