import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122300000_payments } from './Migration20261122300000_payments.js';
import { Migration20261202150000_provider_calls } from './Migration20261202150000_provider_calls.js';
import { Migration20261203000000_refund_origin } from './Migration20261203000000_refund_origin.js';
import { Migration20261204000000_refund_reason } from './Migration20261204000000_refund_reason.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122300000_payments', class: Migration20261122300000_payments },
  { name: 'Migration20261202150000_provider_calls', class: Migration20261202150000_provider_calls },
  { name: 'Migration20261203000000_refund_origin', class: Migration20261203000000_refund_origin },
  { name: 'Migration20261204000000_refund_reason', class: Migration20261204000000_refund_reason },
];
