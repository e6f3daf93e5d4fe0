import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs several writes made with `req` as one transaction: all are kept or none. Joins the
 * transaction `req` is already in, if any (then its owner commits).
 */
export const withTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/**
 * A Local API `req` for a write the system makes as a consequence of a user's checked action
 * (an approval making the account a member): the same transaction, no acting user, so rules that
 * judge a user's own edits (such as the account guard) do not apply. Check the user's right first.
 */
export const systemReq = (req: PayloadRequest): Partial<PayloadRequest> => ({
  payload: req.payload,
  transactionID: req.transactionID,
  i18n: req.i18n,
  headers: req.headers,
  context: {},
})
