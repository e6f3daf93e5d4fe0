import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { contentDisposition } from '@/lib/download'
import { langOf } from '@/lib/i18n'
import { pick } from '@/lib/messages'
import { bodyOf, idParam } from '@/plugin-kit'

import { resultsCsv } from '../surveys/csv'
import { respond, visibleSurvey } from '../surveys/respond'
import { surveyResults } from '../surveys/results'

/** `POST /api/surveys/:id/respond` `{ answers: { <question id>: value } }`: 201, or 400 with `{ errors: [{ field, message }] }`. */
const respondEndpoint = guardedEndpoint({
  path: '/:id/respond',
  method: 'post',
  // Who is in the audience is decided per survey inside; here: signed in.
  access: (req) => Boolean(req.user),
  handler: async (req) => {
    const result = await respond(req, idParam(req), await bodyOf(req))
    if ('errors' in result) return Response.json({ errors: result.errors }, { status: 400 })
    return Response.json({ message: pick(req, { id: 'Terima kasih, jawaban Anda tersimpan.', en: 'Thank you, your answers are saved.' }), id: result.id }, { status: 201 })
  },
})

/** `GET /api/surveys/:id/results` (JSON) and `/results.csv`: `survey.view_results`, surveys the caller may read. */
const resultsEndpoint = guardedEndpoint({
  path: '/:id/results',
  method: 'get',
  access: (req) => can(req.user, 'survey.view_results'),
  handler: async (req) => Response.json(await surveyResults(req, await visibleSurvey(req, idParam(req)))),
})

const csvEndpoint = guardedEndpoint({
  path: '/:id/results.csv',
  method: 'get',
  access: (req) => can(req.user, 'survey.view_results'),
  handler: async (req) => {
    const survey = await visibleSurvey(req, idParam(req))
    const body = resultsCsv(await surveyResults(req, survey), langOf(req))
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(`survei-${survey.id}-hasil.csv`),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  },
})

export const surveyEndpoints: Endpoint[] = [respondEndpoint, resultsEndpoint, csvEndpoint]
