import { createRequire } from 'node:module'

/** `sax` comes with payload (no types of its own); its strict mode refuses any XML that is not well-formed. */
type SaxParser = {
  onerror: (error: Error) => void
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void
  onclosetag: () => void
  ontext: (text: string) => void
  oncdata: (text: string) => void
  write: (xml: string) => SaxParser
  close: () => void
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, options?: object) => SaxParser }

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }

/** Parses XML strictly into a small tree; throws on the first well-formedness error. */
export const parseXml = (xml: string): XmlElement => {
  const parser = sax.parser(true)
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = ({ name, attributes }) => {
    const element: XmlElement = { name, attributes, children: [], text: '' }
    stack[stack.length - 1].children.push(element)
    stack.push(element)
  }
  parser.onclosetag = () => void stack.pop()
  parser.ontext = parser.oncdata = (text) => {
    stack[stack.length - 1].text += text
  }
  parser.write(xml).close()
  if (root.children.length !== 1) throw new Error(`Expected one root element, found ${root.children.length}`)
  return root.children[0]
}

/** Every descendant element with the name. */
export const all = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)])

/** The text of the first child element with the name. */
export const textOf = (element: XmlElement, name: string) => element.children.find((child) => child.name === name)?.text
