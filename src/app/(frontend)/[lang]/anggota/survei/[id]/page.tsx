import { outreachPage } from '@plugins/outreach/site/pages'
import { SurveyFormPage } from '@plugins/outreach/site/SurveyFormPage'

export const dynamic = 'force-dynamic'

/** `/anggota/survei/<id>`: the survey's form; 404 when the outreach plugin is off. */
const page = outreachPage({ id: 'Isi survei', en: 'Answer the survey' }, ({ lang, params }) => SurveyFormPage({ lang, id: params.id }))

export const generateMetadata = page.generateMetadata
export default page.Page
