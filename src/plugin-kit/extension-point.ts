import type { Config } from 'payload'

type WithCustom = Pick<Config, 'custom'>

/**
 * A place where plugins meet core (or each other) without importing one another: plugins `add`
 * their items in their config transformer, the consumer reads them with `of` at run time. The
 * items live in `config.custom[key]`, so the order is the order of the plugins in the config.
 */
export type ExtensionPoint<T> = {
  key: string
  add: <C extends WithCustom>(config: C, items: T[]) => C
  of: (config: WithCustom) => T[]
}

/** `max`: how many items the point takes in all (1 for a provider only one plugin may supply). */
export const extensionPoint = <T>(key: string, { max }: { max?: number } = {}): ExtensionPoint<T> => {
  const of = (config: WithCustom): T[] => (config.custom?.[key] as T[] | undefined) ?? []
  const add = <C extends WithCustom>(config: C, items: T[]): C => {
    const all = [...of(config), ...items]
    if (max !== undefined && all.length > max) throw new Error(`${key}: takes at most ${max}; another plugin already supplies it`)
    return { ...config, custom: { ...config.custom, [key]: all } }
  }
  return { key, add, of }
}
