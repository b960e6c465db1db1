import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122040000_bookings } from './Migration20261122040000_bookings.js';
import { Migration20261202120000_parallel_holds } from './Migration20261202120000_parallel_holds.js';
import { Migration20261202130000_seat_map_pieces } from './Migration20261202130000_seat_map_pieces.js';
import { Migration20261202160000_promo_codes } from './Migration20261202160000_promo_codes.js';
import { Migration20261203020000_seat_lookup_index } from './Migration20261203020000_seat_lookup_index.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122040000_bookings', class: Migration20261122040000_bookings },
  { name: 'Migration20261202120000_parallel_holds', class: Migration20261202120000_parallel_holds },
  { name: 'Migration20261202130000_seat_map_pieces', class: Migration20261202130000_seat_map_pieces },
  { name: 'Migration20261202160000_promo_codes', class: Migration20261202160000_promo_codes },
  { name: 'Migration20261203020000_seat_lookup_index', class: Migration20261203020000_seat_lookup_index },
];
