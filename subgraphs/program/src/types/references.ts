import { EntityReference } from '@boxoffice/platform';

/** The events subgraph's Event, to which the program adds `sessions` and `speakers`. */
export const EventRef = EntityReference('Event', { resolvable: true });
export type EventRef = InstanceType<typeof EventRef>;
