import { graphqlEnum, type EnumValue } from '@boxoffice/platform';

export const Role = graphqlEnum('Role', ['CUSTOMER', 'ORGANIZER', 'ADMIN']);
export type Role = EnumValue<typeof Role>;
