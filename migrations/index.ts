import * as migration_20261122_014909_initial from './20261122_014909_initial';
import * as migration_20261122_035533_categories from './20261122_035533_categories';
import * as migration_20261122_044135_mail from './20261122_044135_mail';

export const migrations = [
  {
    up: migration_20261122_014909_initial.up,
    down: migration_20261122_014909_initial.down,
    name: '20261122_014909_initial',
  },
  {
    up: migration_20261122_035533_categories.up,
    down: migration_20261122_035533_categories.down,
    name: '20261122_035533_categories',
  },
  {
    up: migration_20261122_044135_mail.up,
    down: migration_20261122_044135_mail.down,
    name: '20261122_044135_mail'
  },
];
