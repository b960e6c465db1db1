import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261202100000_notifications } from './Migration20261202100000_notifications.js';
import { Migration20261204000000_cancelled_with_event } from './Migration20261204000000_cancelled_with_event.js';
import { Migration20261205000000_deliveries_await_person } from './Migration20261205000000_deliveries_await_person.js';
import { Migration20261206000000_erased_persons } from './Migration20261206000000_erased_persons.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261202100000_notifications', class: Migration20261202100000_notifications },
  { name: 'Migration20261204000000_cancelled_with_event', class: Migration20261204000000_cancelled_with_event },
  { name: 'Migration20261205000000_deliveries_await_person', class: Migration20261205000000_deliveries_await_person },
  { name: 'Migration20261206000000_erased_persons', class: Migration20261206000000_erased_persons },
];
