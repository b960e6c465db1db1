import { EntityReference } from '@boxoffice/platform';

/*
 * Types owned by other subgraphs, as events sees them: by id only. Venue and User resolve here
 * because events adds fields to them (`Venue.events`, `User.organizedEvents`); Section is only
 * pointed at.
 */

export const VenueRef = EntityReference('Venue', { resolvable: true });
export type VenueRef = InstanceType<typeof VenueRef>;

export const UserRef = EntityReference('User', { resolvable: true });
export type UserRef = InstanceType<typeof UserRef>;

export const SectionRef = EntityReference('Section');
export type SectionRef = InstanceType<typeof SectionRef>;
