import { EntityReference } from '@boxoffice/platform';

/** The users subgraph's User, to which notifications adds `notificationPreferences`. */
export const UserRef = EntityReference('User', { resolvable: true });
export type UserRef = InstanceType<typeof UserRef>;
