export type PermissionDef = {
  key: string
  id: string
  en: string
  /**
   * A suspended, pending or rejected account keeps it: it is about the account itself. Keys
   * ending in `_self` always are.
   */
  keptWhenInactive?: boolean
}

export const permission = (key: string, id: string, en: string, extra: Partial<PermissionDef> = {}): PermissionDef => ({ key, id, en, ...extra })

const p = permission

/**
 * The permissions core code checks. Plugins declare their own with `declarePermissions` (see
 * ./registry.ts).
 */
export const corePermissions: PermissionDef[] = [
  p('profile.view_self', 'Melihat profil sendiri', 'View own profile'),
  p('profile.edit_self', 'Mengedit profil sendiri', 'Edit own profile'),
  p('password.change_self', 'Mengubah password sendiri', 'Change own password'),
  p('member.view_list', 'Melihat daftar anggota', 'View member list'),
  p('member.disable', 'Menonaktifkan anggota', 'Disable members'),
  p('member.enable', 'Mengaktifkan kembali anggota', 'Re-enable members'),
  p('content.view_member', 'Melihat konten anggota', 'View members-only content'),
  p('content.create', 'Membuat konten', 'Create content'),
  p('content.submit', 'Mengajukan konten untuk ditinjau', 'Submit content for review'),
  p('content.review', 'Meninjau konten', 'Review content'),
  p('content.publish', 'Menerbitkan konten', 'Publish content'),
  p('content.manage', 'Mengelola semua konten', 'Manage all content'),
  p('content.force_status', 'Memaksa status konten', 'Force a content status'),
  p('content.categories', 'Mengelola kategori', 'Manage categories'),
  p('media.upload', 'Mengunggah media', 'Upload media'),
  p('media.manage', 'Mengelola semua media', 'Manage all media'),
  p('pages.manage', 'Mengelola halaman', 'Manage pages'),
  p('documents.manage', 'Mengelola dokumen', 'Manage documents'),
  p('officers.manage', 'Mengelola pengurus', 'Manage officers'),
  p('landing.manage', 'Mengelola halaman depan', 'Manage the landing page'),
  p('complaint.view_inbox', 'Lihat inbox pengaduan', 'View the complaints inbox'),
  p('complaint.respond', 'Respon pengaduan', 'Respond to complaints'),
  p('region.link.update', 'Update link WA wilayah', "Update the region's WhatsApp link"),
  p('role.manage', 'Kelola role', 'Manage roles'),
  p('menu.manage', 'Kelola menu', 'Manage menus'),
  p('audit.view', 'Lihat audit log', 'View the audit log'),
  p('settings.manage', 'Kelola pengaturan situs', 'Manage site settings'),
]
