/**
 * Spreadsheets of members as a union secretary would fill in the import template: generated rows
 * (keyed by the import's column keys) and the XLSX/CSV bytes, with the template's Indonesian
 * headers. Used by the import tests and the members bench.
 */
import ExcelJS from 'exceljs'

import { columns } from '../../plugins/membership/import/columns'

export type MemberSheetRow = Record<string, string | number | null>

const firstNames = ['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Joko', 'Maya', 'Hendra', 'Lestari', 'Fajar', 'Wulan', 'Yusuf', 'Ratna', 'Bayu', 'Intan', 'Rizky']
const lastNames = ['Rahmawati', 'Santoso', 'Lestari', 'Wijaya', 'Hidayat', 'Pratama', 'Kusuma', 'Nugroho', 'Saputra', 'Permata', 'Siregar', 'Harahap', 'Wibowo', 'Utami']
const universities = ['Universitas Padjadjaran', 'Universitas Gadjah Mada', 'Universitas Airlangga', 'Universitas Andalas', 'Universitas Hasanuddin', 'Universitas Udayana']
const faculties = ['Fakultas Hukum', 'Fakultas Ekonomi dan Bisnis', 'Fakultas Ilmu Budaya', 'Fakultas Teknik', 'Fakultas Kedokteran', 'Fakultas MIPA']
const ranks = ['Asisten Ahli', 'Lektor', 'Lektor Kepala', 'Guru Besar', 'Tenaga Pengajar', 'tendik_staff']
const statuses = ['PNS', 'Kontrak/PKWT', 'Tetap Non-PNS', 'PPPK', 'honorer']
const salaryRanges = ['0–1,5 juta', '1,5–3 juta', '3–6 juta', '> 6 juta']

/**
 * `count` valid rows, unique by `tag` (emails `<tag>-<n>@impor.balai.test`, employee ids
 * `<digits of tag><n>`); regions taken in turn from `regionCodes`. Civil servants give a grade,
 * the others a salary range, as the registration requires one of the two.
 */
export const memberRows = (count: number, tag: string, regionCodes: string[]): MemberSheetRow[] =>
  Array.from({ length: count }, (_, index) => {
    const n = index + 1
    const status = statuses[n % statuses.length]
    const civilServant = status === 'PNS' || status === 'PPPK'
    return {
      email: `${tag}-${n}@impor.balai.test`,
      fullName: `${firstNames[n % firstNames.length]} ${lastNames[(n * 7) % lastNames.length]} ${n}`,
      regionCode: regionCodes[n % regionCodes.length],
      gender: n % 2 ? 'P' : 'L',
      birthPlace: 'Bandung',
      birthDate: `19${60 + (n % 40)}-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`,
      identityNumber: `32730${String(n).padStart(11, '0')}`,
      phoneNumber: `08${String(1200000000 + n)}`,
      universityName: universities[n % universities.length],
      faculty: faculties[(n * 5) % faculties.length],
      department: 'Program Studi Umum',
      employeeIdNumber: `${tag.replace(/\D/g, '').slice(-6)}${String(n).padStart(8, '0')}`,
      academicRank: ranks[n % ranks.length],
      employmentStatus: status,
      golongan: civilServant ? `${['III', 'IV'][n % 2]}/${'abcd'[n % 4]}` : null,
      salaryRange: civilServant ? null : salaryRanges[n % salaryRanges.length],
      baseSalary: 3_000_000 + (n % 50) * 100_000,
      takeHomePay: n % 3 ? `Rp ${(4_500_000 + (n % 50) * 100_000).toLocaleString('id-ID')}` : null,
      consentSensitiveData: n % 4 ? 'Ya' : 'Tidak',
      employmentStartDate: `${String(1 + (n % 28)).padStart(2, '0')}/0${1 + (n % 9)}/20${10 + (n % 14)}`,
    }
  })

/** The rows as the file the importer uploads: template headers, row 1; the data from row 2. */
export const memberSheet = async (rows: MemberSheetRow[], format: 'xlsx' | 'csv', delimiter = ','): Promise<Buffer> => {
  const used = columns.filter((column) => rows.some((row) => row[column.key] != null))
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Anggota')
  sheet.addRow(used.map((column) => column.header.id))
  for (const row of rows) sheet.addRow(used.map((column) => row[column.key] ?? null))
  if (format === 'csv') return Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter } }))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A parsed CSV/XLSX answer: header row and data rows as text. */
export const readTable = async (data: Buffer, format: 'xlsx' | 'csv') => {
  const workbook = new ExcelJS.Workbook()
  const sheet =
    format === 'xlsx'
      ? (await workbook.xlsx.load(data as unknown as ExcelJS.Buffer), workbook.worksheets[0])
      : await workbook.csv.read((await import('node:stream')).Readable.from([data.toString('utf8').replace(/^\uFEFF/, '')]), { map: (value: string) => value })
  const rows: string[][] = []
  sheet.eachRow((row) => {
    const values = row.values as unknown[]
    rows.push(values.slice(1).map((value) => (value == null ? '' : String(value))))
  })
  return { headers: rows[0] ?? [], rows: rows.slice(1) }
}
