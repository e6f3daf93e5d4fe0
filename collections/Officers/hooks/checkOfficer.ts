import type { CollectionBeforeValidateHook } from 'payload'

import { idOfRelation, regionIdOf, scopeOf } from '@/access'
import { userError } from '@/lib/messages'

type OfficerData = { level?: string; region?: unknown; periodStart?: null | string; periodEnd?: null | string }

/**
 * Regional officers belong to a region and central ones to none; the period ends after it starts;
 * a regional coordinator keeps officers in their own region (access only checks the document as
 * it was, not where an edit moves it).
 */
export const checkOfficer: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const officer = { ...(originalDoc as OfficerData | undefined), ...(data as OfficerData | undefined) }
  const region = idOfRelation(officer.region)
  if (officer.level === 'regional' && region == null) {
    throw userError(req, 400, {
      id: 'Pengurus wilayah harus memiliki wilayah.',
      en: 'A regional officer needs a region.',
    })
  }
  if (officer.periodStart && officer.periodEnd && new Date(officer.periodEnd) < new Date(officer.periodStart)) {
    throw userError(req, 400, {
      id: 'Akhir masa jabatan tidak boleh sebelum awalnya.',
      en: 'The end of the term cannot be before its start.',
    })
  }
  if (scopeOf(req.user) === 'region' && String(region) !== String(regionIdOf(req.user))) {
    throw userError(req, 403, {
      id: 'Anda hanya dapat mengelola pengurus wilayah Anda sendiri.',
      en: 'You can only manage officers of your own region.',
    })
  }
  // Central officers have no region, whatever the form sent.
  return officer.level === 'central' && data ? { ...data, region: null } : data
}
