import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { langOf as langOfReq } from '@/lib/i18n'
import type { Text } from '@/lib/messages'

/** The admin's language in a custom view. */
export const langOf = (props: AdminViewServerProps) => langOfReq(props.initPageResult.req)

/**
 * The admin's frame (navigation, header) around a plugin's custom view; without the
 * permission the view checked, a 403 page in its place and nothing of the data read.
 */
export const AdminFrame = ({ view, allowed, refusal, children }: { view: AdminViewServerProps; allowed: boolean; refusal: Text; children?: ReactNode }) => {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        {allowed ? (
          children
        ) : (
          <div role="alert" style={{ padding: '3rem 0' }}>
            <h1>403</h1>
            <p>{refusal[langOf(view)]}</p>
          </div>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
