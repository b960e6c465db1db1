import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, TimestampedRecord, type EnumValue } from '@boxoffice/platform';

/** PERCENT: `value` percent off (1–100); FIXED: `value` minor units of the event's currency off. */
export const PromoKind = graphqlEnum('PromoKind', ['PERCENT', 'FIXED']);
export type PromoKind = EnumValue<typeof PromoKind>;

@ObjectType({ description: "Owned by bookings. A discount code of one event; its organizer's and the admins' to see." })
@Directive('@authenticated')
@Entity({ tableName: 'promo_code' })
export class PromoCode extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'redemptions' | 'active' | 'createdAt' | 'updatedAt';

  @Property({ type: 'uuid' })
  eventId!: string;

  @Field({ description: 'As the organizer wrote it; customers may type it in any case.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => PromoKind)
  @Enum({ items: () => PromoKind, nativeEnumName: 'promo_kind' })
  kind!: PromoKind;

  @Field(() => Int, { description: 'Percent (1–100) or minor units of the event currency, by kind.' })
  @Property({ type: 'integer' })
  value!: number;

  @Field(() => Int, { nullable: true, description: 'Uses in all; null: unlimited.' })
  @Property({ type: 'integer', nullable: true })
  maxRedemptions?: number | null;

  @Field(() => Int, { nullable: true, description: 'Uses per customer; null: unlimited.' })
  @Property({ type: 'integer', nullable: true })
  perCustomerLimit?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The code is refused from this instant on.' })
  @Property({ type: 'datetime', nullable: true })
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: "The least subtotal (before discount) of a booking it applies to." })
  @Property({ type: 'integer', nullable: true })
  minTotalCents?: number | null;

  /** Empty: every section. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  sectionIds!: string[];

  @Field(() => Int, { description: 'Uses held by unpaid and paid bookings; an unpaid booking that expires or is cancelled gives its use back.' })
  @Property({ type: 'integer' })
  redemptions: number = 0;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;
}
