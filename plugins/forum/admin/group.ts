/** The forum's collections in the admin's navigation, beside outreach's under the same heading. */
export const FORUM_ADMIN_GROUP = { id: 'Komunitas', en: 'Community' }
