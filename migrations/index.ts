import * as migration_20261122_014909_initial from './20261122_014909_initial';

export const migrations = [
  {
    up: migration_20261122_014909_initial.up,
    down: migration_20261122_014909_initial.down,
    name: '20261122_014909_initial'
  },
];
