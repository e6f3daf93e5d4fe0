/** The membership collections' heading in the admin's navigation. */
export const MEMBERSHIP_ADMIN_GROUP = { id: 'Keanggotaan', en: 'Membership' }
