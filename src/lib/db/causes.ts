/** Does the error, or one it wraps (Drizzle's, Payload's), pass the test? */
export const someCause = (error: unknown, test: (cause: Error) => boolean): boolean => {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (test(cause)) return true
  }
  return false
}
