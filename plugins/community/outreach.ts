import type { Config } from 'payload'

import { withEndpoints } from '@/access'
import { demoSeeders } from '@/seed/extensions'
import { memberHomeBlocks } from '@/site/member/home-blocks'
import { memberMenu } from '@/site/member/menu'

import { Broadcasts } from './collections/Broadcasts'
import { Notifications } from './collections/Notifications'
import { SurveyResponses } from './collections/SurveyResponses'
import { Surveys } from './collections/Surveys'
import type { CommunitySettings } from './options'
import { RESULTS_PATH } from './outreach/admin/paths'
import { notificationEndpoints } from './outreach/broadcasts/endpoints'
import { broadcastTasks } from './outreach/broadcasts/jobs'
import { seedOutreach } from './outreach/seed'
import { notificationsBlock, NOTIFICATIONS_PATH, unreadCount } from './outreach/site/notifications'
import { SURVEYS_PATH } from './outreach/site/surveys'
import { surveyEndpoints } from './outreach/surveys/endpoints'

/** The survey results view (it checks `survey.view_results` itself; the survey's sidebar links to it). */
const withResultsView = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: {
        ...config.admin?.components?.views,
        communitySurveyResults: { Component: '/plugins/community/outreach/admin/ResultsView#ResultsView', path: RESULTS_PATH, exact: true },
      },
    },
  },
})

/**
 * Surveys and their responses; broadcasts and the members' notifications. Its permissions are
 * `outreachPermissions` (./permissions.ts); candidates fill the surveys assigned to candidates
 * through the membership plugin's `membership.status.view`. Broadcasts fan out in jobs
 * (`outreach/broadcasts`).
 */
export const withOutreach = (incoming: Config, _settings: CommunitySettings): Config => {
  let config: Config = {
    ...incoming,
    collections: [...(incoming.collections ?? []), withEndpoints(Surveys, surveyEndpoints), SurveyResponses, Broadcasts, withEndpoints(Notifications, notificationEndpoints)],
    jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...broadcastTasks] },
  }
  config = memberMenu.add(config, [
    { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'survey.fill' },
    // Candidates: the surveys assigned to them.
    { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'membership.status.view', hiddenWith: 'survey.fill' },
    { href: NOTIFICATIONS_PATH, label: { id: 'Notifikasi', en: 'Notifications' }, permission: 'membercard.view_self', count: unreadCount },
  ])
  config = memberHomeBlocks.add(config, [notificationsBlock])
  config = demoSeeders.add(config, [seedOutreach])
  return withResultsView(config)
}
