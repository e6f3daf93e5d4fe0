import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { downloadDocument } from '../../../../../../collections/Documents/download'

/** The site's counted download, `/dokumen/[id]/unduh`: the same code as the API endpoint. */
export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const req = await createLocalReq({ user: user ?? undefined, req: { headers: request.headers } }, payload)
  return downloadDocument(req, (await params).id)
}
