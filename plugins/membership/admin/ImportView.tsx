import type { AdminViewServerProps } from 'payload'

import { can, regionIdOf, scopeOf, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'

import { mayExport } from '../import/export'
import { importLimits } from '../endpoints/import'
import { membershipStatuses, membershipStatusLabels } from '../onboarding/states'
import { ImportForms } from './ImportForms'

/**
 * `/admin/impor-anggota`: bulk import (upload, dry run, commit, report) for `members.bulk_import`,
 * and the export form for whoever may export (coordinators: their region). Anyone else sees a
 * 403 page; the endpoints check again on every request.
 */
export const ImportView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const mayImport = can(user, 'members.bulk_import')
  const allowed = mayImport || mayExport(user)
  const own = scopeOf(user) === 'region' ? regionIdOf(user) : null
  const { docs: regions } = allowed
    ? await req.payload.find({ collection: 'regions', where: own != null ? { id: { equals: own } } : {}, sort: 'name', pagination: false, depth: 0, req, overrideAccess: true })
    : { docs: [] }
  return (
    <AdminFrame view={view} allowed={allowed} refusal={{ id: 'Anda tidak berhak mengimpor atau mengekspor data anggota.', en: 'You are not allowed to import or export members.' }}>
      {allowed && (
        <ImportForms
          lang={lang}
          apiRoute={req.payload.config.routes.api}
          mayImport={mayImport}
          maxMegabytes={Math.round((importLimits().bytes / 1024 / 1024) * 10) / 10}
          regions={regions.map((region) => ({ value: region.id, label: `${region.code} — ${region.name}` }))}
          regionLocked={own != null}
          statuses={membershipStatuses.map((status) => ({ value: status, label: membershipStatusLabels[status][lang] }))}
        />
      )}
    </AdminFrame>
  )
}
