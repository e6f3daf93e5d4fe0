import type { Lang } from '@/site/i18n'

import { forumCategories } from '../threads/categories'

/** The `<option>`s of a category select (new thread, a moderator's move). */
export const CategoryOptions = ({ lang }: { lang: Lang }) =>
  forumCategories.map((category) => (
    <option key={category.value} value={category.value}>
      {category.label[lang]}
    </option>
  ))
