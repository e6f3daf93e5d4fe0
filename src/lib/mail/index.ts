export { composeEmail, type ComposedMail, type MailAction, type MailContent } from './compose'
export { queueEmail, type QueuedMail } from './queue'
