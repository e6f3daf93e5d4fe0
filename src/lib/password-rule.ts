/**
 * A password has at least 8 characters, with letters and digits. Shared by the users' hook (which
 * enforces it) and the site's password forms (which check it before sending).
 */
export const isStrongPassword = (password: string) => password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password)

export const passwordRuleText = {
  id: 'Kata sandi minimal 8 karakter dan berisi huruf serta angka.',
  en: 'The password needs at least 8 characters with letters and digits.',
}
