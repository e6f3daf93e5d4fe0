/** Outreach's collections in the admin's navigation, beside the forum's under the same heading. */
export const OUTREACH_ADMIN_GROUP = { id: 'Komunitas', en: 'Community' }
