import type { Config, Plugin } from 'payload'

import { declarePermissions, withEndpoints } from '@/access'
import { addDemoSeeder } from '@/seed/extensions'
import { addMemberHomeBlocks } from '@/site/member/home-blocks'
import { addMemberMenuItems } from '@/site/member/menu'

import { RESULTS_PATH } from './admin/paths'
import { broadcastTasks } from './broadcasts/jobs'
import { Broadcasts } from './collections/Broadcasts'
import { Notifications } from './collections/Notifications'
import { SurveyResponses } from './collections/SurveyResponses'
import { Surveys } from './collections/Surveys'
import { notificationEndpoints } from './endpoints/notifications'
import { surveyEndpoints } from './endpoints/surveys'
import { settingsFrom, type OutreachOptions } from './options'
import { outreachGrants, outreachPermissions } from './permissions'
import { seedOutreach } from './seed'
import { notificationsBlock, NOTIFICATIONS_PATH, unreadCount } from './site/notifications'
import { SURVEYS_PATH } from './site/surveys'

export type { OutreachOptions, OutreachSettings } from './options'

/** The survey results view (it checks `survey.view_results` itself; the survey's sidebar links to it). */
const withResultsView = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: {
        ...config.admin?.components?.views,
        outreachSurveyResults: { Component: '/plugins/outreach/admin/ResultsView#ResultsView', path: RESULTS_PATH, exact: true },
      },
    },
  },
})

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
      collections: [
        ...(incoming.collections ?? []),
        withEndpoints(Surveys, surveyEndpoints),
        SurveyResponses,
        Broadcasts,
        withEndpoints(Notifications, notificationEndpoints),
      ],
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...broadcastTasks] },
      custom: { ...incoming.custom, outreach: settingsFrom(options) },
    }
    config = declarePermissions(config, outreachPermissions, outreachGrants)
    config = addMemberMenuItems(config, [
      { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'survey.fill' },
      // Candidates fill the surveys assigned to candidates.
      { href: SURVEYS_PATH, label: { id: 'Survei', en: 'Surveys' }, permission: 'membership.status.view', hiddenWith: 'survey.fill' },
      { href: NOTIFICATIONS_PATH, label: { id: 'Notifikasi', en: 'Notifications' }, permission: 'membercard.view_self', count: unreadCount },
    ])
    config = addMemberHomeBlocks(config, [notificationsBlock])
    config = addDemoSeeder(config, seedOutreach)
    return withResultsView(config)
  }
