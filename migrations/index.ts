import * as migration_20261122_014909_initial from './20261122_014909_initial';
import * as migration_20261122_035533_categories from './20261122_035533_categories';
import * as migration_20261122_043735_media_documents from './20261122_043735_media_documents';
import * as migration_20261122_051449_editorial from './20261122_051449_editorial';
import * as migration_20261122_055002_search from './20261122_055002_search';
import * as migration_20261122_073955_membership from './20261122_073955_membership';
import * as migration_20261122_080459_membership_import from './20261122_080459_membership_import';
import * as migration_20261122_092550_dues from './20261122_092550_dues';
import * as migration_20261203_131828_dues_treasurer from './20261203_131828_dues_treasurer';
import * as migration_20261203_131838_community from './20261203_131838_community';
import * as migration_20261204_181244_rate_limit_atomic from './20261204_181244_rate_limit_atomic';
import * as migration_20261204_182515_forgot_password_in_transaction from './20261204_182515_forgot_password_in_transaction';
import * as migration_20261204_190519_permissions_declared from './20261204_190519_permissions_declared';
import * as migration_20261204_192715_users_email_change from './20261204_192715_users_email_change';

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
    up: migration_20261122_043735_media_documents.up,
    down: migration_20261122_043735_media_documents.down,
    name: '20261122_043735_media_documents',
  },
  {
    up: migration_20261122_051449_editorial.up,
    down: migration_20261122_051449_editorial.down,
    name: '20261122_051449_editorial',
  },
  {
    up: migration_20261122_055002_search.up,
    down: migration_20261122_055002_search.down,
    name: '20261122_055002_search',
  },
  {
    up: migration_20261122_073955_membership.up,
    down: migration_20261122_073955_membership.down,
    name: '20261122_073955_membership',
  },
  {
    up: migration_20261122_080459_membership_import.up,
    down: migration_20261122_080459_membership_import.down,
    name: '20261122_080459_membership_import',
  },
  {
    up: migration_20261122_092550_dues.up,
    down: migration_20261122_092550_dues.down,
    name: '20261122_092550_dues',
  },
  {
    up: migration_20261203_131828_dues_treasurer.up,
    down: migration_20261203_131828_dues_treasurer.down,
    name: '20261203_131828_dues_treasurer',
  },
  {
    up: migration_20261203_131838_community.up,
    down: migration_20261203_131838_community.down,
    name: '20261203_131838_community',
  },
  {
    up: migration_20261204_181244_rate_limit_atomic.up,
    down: migration_20261204_181244_rate_limit_atomic.down,
    name: '20261204_181244_rate_limit_atomic',
  },
  {
    up: migration_20261204_182515_forgot_password_in_transaction.up,
    down: migration_20261204_182515_forgot_password_in_transaction.down,
    name: '20261204_182515_forgot_password_in_transaction',
  },
  {
    up: migration_20261204_190519_permissions_declared.up,
    down: migration_20261204_190519_permissions_declared.down,
    name: '20261204_190519_permissions_declared',
  },
  {
    up: migration_20261204_192715_users_email_change.up,
    down: migration_20261204_192715_users_email_change.down,
    name: '20261204_192715_users_email_change'
  },
];
