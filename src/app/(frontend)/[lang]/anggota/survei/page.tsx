import { outreachPage } from '@plugins/outreach/site/pages'
import { SurveyListPage } from '@plugins/outreach/site/SurveyListPage'

export const dynamic = 'force-dynamic'

/** `/anggota/survei`: the outreach plugin's open surveys for the member; 404 when the plugin is off. */
const page = outreachPage({ id: 'Survei', en: 'Surveys' }, SurveyListPage)

export const generateMetadata = page.generateMetadata
export default page.Page
