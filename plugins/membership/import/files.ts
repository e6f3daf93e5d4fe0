import type ExcelJS from 'exceljs'

import type { Column } from './columns'

/** Dropdowns in the template for the select columns (labels as the seed words them). */
export const addChoiceLists = (sheet: ExcelJS.Worksheet, columns: Column[], lastRow: number) => {
  columns.forEach((column, index) => {
    if (column.kind !== 'select' || !column.options) return
    const labels = column.options.map((option) => (typeof option === 'string' ? option : (option.label as { id: string }).id))
    const list = `"${labels.join(',')}"`
    // Excel's inline lists are comma-separated and at most 255 characters long.
    if (list.length > 255 || labels.some((label) => label.includes(','))) return
    const letter = sheet.getColumn(index + 1).letter
    for (let row = 2; row <= lastRow; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: false }
    }
  })
}
