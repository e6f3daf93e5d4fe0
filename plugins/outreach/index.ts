import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addAdminViews, addEndpoints } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { memberHomeBlocks } from '@/site/member/home-blocks'
import { memberMenu } from '@/site/member/menu'

import { RESULTS_PATH } from './admin/paths'
import { broadcastTasks } from './broadcasts/jobs'
import { Broadcasts } from './collections/Broadcasts'
import { NOTIFICATIONS, Notifications } from './collections/Notifications'
import { SurveyResponses } from './collections/SurveyResponses'
import { SURVEYS, Surveys } from './collections/Surveys'
import { notificationEndpoints } from './endpoints/notifications'
import { surveyEndpoints } from './endpoints/surveys'
import { settingsFrom, type OutreachOptions } from './options'
import { outreachGrants, outreachPermissions } from './permissions'
import { seedOutreach } from './seed'
import { notificationsBlock, NOTIFICATIONS_PATH, unreadCount } from './site/notifications'
import { SURVEYS_PATH } from './site/surveys'

export type { OutreachOptions, OutreachSettings } from './options'

/**
 * Surveys and their responses; broadcasts and the members' notifications (broadcasts fan out in
 * jobs). Needs the membership plugin, whose members and regions are the audiences: list it after
 * `membershipPlugin()`, before `accessMatrixPlugin()`.
 */
export const outreachPlugin =
  (options: OutreachOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (!incoming.custom?.membership) {
      throw new Error(
        'outreachPlugin: plugin keanggotaan diperlukan — daftarkan membershipPlugin() sebelum outreachPlugin() / ' +
          'the membership plugin is required — list membershipPlugin() before outreachPlugin()',
      )
    }
    let config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []), Surveys, SurveyResponses, Broadcasts, Notifications],
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...broadcastTasks] },
      custom: { ...incoming.custom, outreach: settingsFrom(options) },
    }
    config = declarePermissions(config, outreachPermissions, outreachGrants)
    config = addEndpoints(config, SURVEYS, surveyEndpoints)
    config = addEndpoints(config, NOTIFICATIONS, notificationEndpoints)
    // The results view checks `survey.view_results` itself; each survey's sidebar links to it.
    config = addAdminViews(config, [{ key: 'outreachSurveyResults', path: RESULTS_PATH, Component: '/plugins/outreach/admin/ResultsView#ResultsView' }])
    config = memberMenu.add(config, [
      { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'survey.fill' },
      // Candidates fill the surveys assigned to candidates.
      { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'membership.status.view', hiddenWith: 'survey.fill' },
      { href: NOTIFICATIONS_PATH, label: { id: 'Notifikasi', en: 'Notifications' }, permission: 'membercard.view_self', count: unreadCount },
    ])
    config = memberHomeBlocks.add(config, [notificationsBlock])
    return demoSeeders.add(config, [seedOutreach])
  }
