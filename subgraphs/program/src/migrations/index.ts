import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261202150000_program } from './Migration20261202150000_program.js';

export const migrations: NamedMigration[] = [{ name: 'Migration20261202150000_program', class: Migration20261202150000_program }];
