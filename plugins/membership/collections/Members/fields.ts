import type { Field, Option, Tab } from 'payload'

import { serverOnly } from '@/lib/uploads'

import { membershipStatuses, membershipStatusLabels, onboardingLabels, onboardingStates } from '../../onboarding/states'
import { secretAccess, sensitiveAccess, softDeleteAccess, staffEditAccess, staffNotesAccess } from './access'

type Label = { id: string; en: string }

const text = (name: string, label: Label, maxLength = 150, extra: Partial<Field> = {}) =>
  ({ name, label, type: 'text', maxLength, ...extra }) as Field

const date = (name: string, label: Label, extra: Partial<Field> = {}) =>
  ({ name, label, type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, ...extra }) as Field

const stamp = (name: string, label: Label) =>
  ({ name, label, type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } }) as Field

/** Option values are identifiers; the labels are the seed's wording (import maps labels to values). */
const same = (value: string, id: string, en = id): Option => ({ value, label: { id, en } })

export const academicRanks: Option[] = [
  same('tenaga_pengajar', 'Tenaga Pengajar', 'Teaching staff'),
  same('asisten_ahli', 'Asisten Ahli', 'Assistant lecturer'),
  same('lektor', 'Lektor', 'Lecturer'),
  same('lektor_kepala', 'Lektor Kepala', 'Associate professor'),
  same('guru_besar', 'Guru Besar', 'Professor'),
  same('tendik_staff', 'Tendik/Staff', 'Administrative staff'),
  same('lainnya', 'Lainnya', 'Other'),
]

export const employmentStatuses: Option[] = [
  same('pns', 'PNS', 'Civil servant (PNS)'),
  same('pppk', 'PPPK', 'Government contract (PPPK)'),
  same('tetap_non_pns', 'Tetap Non-PNS', 'Permanent, non-civil-servant'),
  same('kontrak_pkwt', 'Kontrak/PKWT', 'Fixed-term contract (PKWT)'),
  same('dosen_luar_biasa', 'Dosen Luar Biasa', 'Adjunct lecturer'),
  same('honorer', 'Honorer', 'Honorary'),
  same('lainnya', 'Lainnya', 'Other'),
]

export const salaryRanges: Option[] = [
  same('0_1_5', '0–1,5 juta', 'IDR 0–1.5 million'),
  same('1_5_3', '1,5–3 juta', 'IDR 1.5–3 million'),
  same('3_6', '3–6 juta', 'IDR 3–6 million'),
  same('6_plus', '> 6 juta', 'over IDR 6 million'),
]

export const golongans: Option[] = ['I', 'II', 'III', 'IV'].map((value) => same(value, `Golongan ${value}`, `Grade ${value}`))

const identity: Tab = {
  label: { id: 'Identitas', en: 'Identity' },
  fields: [
    text('fullName', { id: 'Nama lengkap', en: 'Full name' }, 150, { required: true, index: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'gender',
          label: { id: 'Jenis kelamin', en: 'Gender' },
          type: 'select',
          options: [same('L', 'Laki-laki', 'Male'), same('P', 'Perempuan', 'Female')],
        },
        text('birthPlace', { id: 'Tempat lahir', en: 'Place of birth' }, 100),
        date('birthDate', { id: 'Tanggal lahir', en: 'Date of birth' }),
      ],
    },
    text('identityNumber', { id: 'NIK', en: 'National identity number' }, 50, { access: sensitiveAccess }),
    {
      type: 'row',
      fields: [
        text('phoneNumber', { id: 'Nomor HP', en: 'Phone number' }, 20),
        text('altPhoneNumber', { id: 'Nomor HP lain', en: 'Other phone number' }, 20),
      ],
    },
    { name: 'address', label: { id: 'Alamat', en: 'Address' }, type: 'textarea' },
    {
      type: 'row',
      fields: [
        text('province', { id: 'Provinsi', en: 'Province' }, 100),
        text('city', { id: 'Kota/Kabupaten', en: 'City/Regency' }, 100),
        text('district', { id: 'Kecamatan', en: 'District' }, 100),
        text('postalCode', { id: 'Kode pos', en: 'Postal code' }, 10),
      ],
    },
    {
      name: 'emergencyContact',
      label: { id: 'Kontak darurat', en: 'Emergency contact' },
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            text('name', { id: 'Nama', en: 'Name' }, 150),
            text('relation', { id: 'Hubungan', en: 'Relation' }, 50),
            text('phone', { id: 'Nomor HP', en: 'Phone number' }, 20),
          ],
        },
      ],
    },
  ],
}

const profession: Tab = {
  label: { id: 'Profesi', en: 'Profession' },
  fields: [
    text('universityName', { id: 'Nama perguruan tinggi', en: 'University' }, 150, { index: true }),
    text('campusLocation', { id: 'Lokasi kampus', en: 'Campus location' }),
    {
      type: 'row',
      fields: [
        text('faculty', { id: 'Fakultas', en: 'Faculty' }),
        text('department', { id: 'Program studi/Jurusan', en: 'Department' }, 100),
        text('workUnit', { id: 'Unit kerja', en: 'Work unit' }, 100),
      ],
    },
    {
      type: 'row',
      fields: [
        text('employeeIdNumber', { id: 'NIP/NIK pegawai', en: 'Employee ID' }, 50, { access: sensitiveAccess, index: true }),
        text('lecturerIdNumber', { id: 'NIDN/NIDK', en: 'Lecturer ID' }, 50, { access: sensitiveAccess }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'academicRank', label: { id: 'Jabatan fungsional', en: 'Academic rank' }, type: 'select', options: academicRanks },
        { name: 'employmentStatus', label: { id: 'Status kepegawaian', en: 'Employment status' }, type: 'select', options: employmentStatuses },
        { name: 'golongan', label: { id: 'Golongan', en: 'Civil-service grade' }, type: 'select', options: golongans },
      ],
    },
    {
      type: 'row',
      fields: [
        date('employmentStartDate', { id: 'Mulai bekerja', en: 'Employed since' }),
        date('contractEndDate', { id: 'Akhir kontrak', en: 'Contract ends' }),
      ],
    },
  ],
}

const money = (name: string, label: Label) =>
  ({ name, label, type: 'number', min: 0, max: 1e13, access: sensitiveAccess }) as Field

const economics: Tab = {
  label: { id: 'Ekonomi & iuran', en: 'Economics & dues' },
  fields: [
    text('payrollSource', { id: 'Sumber gaji', en: 'Payroll source' }, 100),
    { name: 'salaryRange', label: { id: 'Rentang gaji', en: 'Salary range' }, type: 'select', options: salaryRanges },
    { type: 'row', fields: [money('baseSalary', { id: 'Gaji pokok', en: 'Base salary' }), money('takeHomePay', { id: 'Take home pay', en: 'Take-home pay' })] },
    {
      name: 'consentSensitiveData',
      label: { id: 'Setuju data ekonomi disimpan', en: 'Consents to economic data being kept' },
      type: 'checkbox',
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'duesMethod',
          label: { id: 'Cara iuran', en: 'Dues method' },
          type: 'select',
          defaultValue: 'manual',
          access: staffEditAccess,
          options: [same('fixed', 'Tetap', 'Fixed'), same('percentage', 'Persentase', 'Percentage'), same('manual', 'Manual')],
        },
        { name: 'duesAmount', label: { id: 'Besar iuran', en: 'Dues amount' }, type: 'number', min: 0, access: staffEditAccess },
        {
          name: 'duesStatus',
          label: { id: 'Status iuran', en: 'Dues status' },
          type: 'select',
          defaultValue: 'unpaid',
          index: true,
          access: staffEditAccess,
          options: [
            same('unpaid', 'Belum bayar', 'Unpaid'),
            same('paid', 'Lunas', 'Paid'),
            same('overdue', 'Menunggak', 'Overdue'),
            same('waived', 'Dibebaskan', 'Waived'),
          ],
        },
        date('duesLastPaidAt', { id: 'Terakhir bayar', en: 'Last paid' }, { access: staffEditAccess }),
      ],
    },
  ],
}

const advocacy: Tab = {
  label: { id: 'Advokasi', en: 'Advocacy' },
  fields: [
    { name: 'expertise', label: { id: 'Keahlian', en: 'Expertise' }, type: 'textarea' },
    { name: 'motivation', label: { id: 'Motivasi bergabung', en: 'Motivation' }, type: 'textarea' },
    { name: 'advocacyInterests', label: { id: 'Minat advokasi', en: 'Advocacy interests' }, type: 'textarea' },
    { name: 'isVolunteer', label: { id: 'Bersedia menjadi relawan', en: 'Willing to volunteer' }, type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      fields: [
        text('branchName', { id: 'Nama cabang', en: 'Branch' }, 150, { access: staffEditAccess }),
        text('unionPosition', { id: 'Jabatan di serikat', en: 'Union position' }, 100, { access: staffEditAccess }),
      ],
    },
    {
      type: 'row',
      fields: [
        date('membershipStartDate', { id: 'Mulai keanggotaan', en: 'Membership start' }, { access: staffEditAccess }),
        date('membershipEndDate', { id: 'Akhir keanggotaan', en: 'Membership end' }, { access: staffEditAccess }),
      ],
    },
  ],
}

const verification: Tab = {
  label: { id: 'Verifikasi', en: 'Verification' },
  fields: [
    {
      name: 'verificationStatus',
      label: { id: 'Status verifikasi', en: 'Verification status' },
      type: 'select',
      defaultValue: 'unverified',
      admin: { readOnly: true },
      options: [
        same('unverified', 'Belum diverifikasi', 'Unverified'),
        same('under_review', 'Sedang ditinjau', 'Under review'),
        same('verified', 'Terverifikasi', 'Verified'),
        same('rejected', 'Ditolak', 'Rejected'),
      ],
    },
    { name: 'verifiedBy', label: { id: 'Diverifikasi oleh', en: 'Verified by' }, type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    stamp('verifiedAt', { id: 'Diverifikasi pada', en: 'Verified at' }),
    { name: 'rejectionReason', label: { id: 'Alasan penolakan', en: 'Reason for rejection' }, type: 'textarea', admin: { readOnly: true } },
    stamp('emailVerifiedAt', { id: 'Email diverifikasi pada', en: 'Email verified at' }),
    { ...stamp('agreedToTermsAt', { id: 'Menyetujui AD/ART pada', en: 'Agreed to the statutes at' }), access: serverOnly } as Field,
    { ...stamp('agreedToPrivacyAt', { id: 'Menyetujui kebijakan privasi pada', en: 'Agreed to the privacy policy at' }), access: serverOnly } as Field,
    { name: 'adminNotes', label: { id: 'Catatan pengurus', en: 'Staff notes' }, type: 'textarea', access: staffNotesAccess },
    {
      name: 'registrationStep',
      label: { id: 'Langkah pendaftaran', en: 'Registration step' },
      type: 'text',
      maxLength: 50,
      access: serverOnly,
      admin: { readOnly: true, description: { id: 'Disimpan oleh formulir pendaftaran.', en: 'Kept by the registration form.' } },
    },
    {
      name: 'emailVerification',
      type: 'group',
      // The token's sha256 and its times: for the registration's own server code only.
      hidden: true,
      access: secretAccess,
      fields: [
        { name: 'tokenHash', type: 'text', maxLength: 64, index: true },
        { name: 'expiresAt', type: 'date' },
        { name: 'lastSentAt', type: 'date' },
      ],
    },
  ],
}

export const memberFields: Field[] = [
  {
    name: 'user',
    label: { id: 'Akun', en: 'Account' },
    type: 'relationship',
    relationTo: 'users',
    required: true,
    unique: true,
    index: true,
    access: { update: serverOnly.update },
    admin: { position: 'sidebar' },
  },
  {
    name: 'memberNumber',
    label: { id: 'Nomor anggota', en: 'Member number' },
    type: 'text',
    unique: true,
    index: true,
    maxLength: 50,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'region',
    label: { id: 'Wilayah', en: 'Region' },
    type: 'relationship',
    relationTo: 'regions',
    index: true,
    access: staffEditAccess,
    admin: { position: 'sidebar' },
  },
  {
    name: 'membershipStatus',
    label: { id: 'Status keanggotaan', en: 'Membership status' },
    type: 'select',
    required: true,
    defaultValue: 'candidate',
    index: true,
    options: membershipStatuses.map((value) => ({ value, label: membershipStatusLabels[value] })),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'onboardingState',
    label: { id: 'Tahap pendaftaran', en: 'Onboarding step' },
    type: 'select',
    required: true,
    defaultValue: 'registered',
    index: true,
    options: onboardingStates.map((value) => ({ value, label: onboardingLabels[value] })),
    admin: { position: 'sidebar', readOnly: true },
  },
  stamp('joinedAt', { id: 'Bergabung pada', en: 'Joined at' }),
  {
    name: 'deletedAt',
    label: { id: 'Dihapus pada', en: 'Deleted at' },
    type: 'date',
    index: true,
    access: softDeleteAccess,
    admin: {
      position: 'sidebar',
      description: { id: 'Diisi = dihapus (disembunyikan dari daftar).', en: 'Set = deleted (hidden from lists).' },
    },
  },
  { type: 'tabs', tabs: [identity, profession, economics, advocacy, verification] },
]
