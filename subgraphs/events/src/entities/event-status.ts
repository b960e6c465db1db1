import { graphqlEnum, type EnumValue } from '@boxoffice/platform';

export const EventStatus = graphqlEnum('EventStatus', ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED']);
export type EventStatus = EnumValue<typeof EventStatus>;
