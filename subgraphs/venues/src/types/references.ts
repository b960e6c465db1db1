import { EntityReference } from '@boxoffice/platform';

/** The users subgraph's User, which venues only points at (as a venue's manager). */
export const UserRef = EntityReference('User');
export type UserRef = InstanceType<typeof UserRef>;
