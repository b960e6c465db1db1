import { EntityReference } from '@boxoffice/platform';

/*
 * Types owned by other subgraphs, as bookings sees them: by id only. Event and User resolve
 * here because bookings adds fields to them; Section and Seat are only pointed at.
 */

export const EventRef = EntityReference('Event', { resolvable: true });
export type EventRef = InstanceType<typeof EventRef>;

export const UserRef = EntityReference('User', { resolvable: true });
export type UserRef = InstanceType<typeof UserRef>;

export const SectionRef = EntityReference('Section');
export type SectionRef = InstanceType<typeof SectionRef>;

export const SeatRef = EntityReference('Seat');
export type SeatRef = InstanceType<typeof SeatRef>;
