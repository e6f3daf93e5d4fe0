import type { OptionResult } from '../surveys/results'

const ROW = 28
const LABEL = 220
const BAR = 320

/**
 * One question's counts as horizontal bars, drawn on the server. For screen readers the SVG is one
 * image whose title and description say every count; the table beside it has the same figures.
 */
export const BarChart = ({ id, title, options }: { id: string; title: string; options: OptionResult[] }) => {
  const height = options.length * ROW + 8
  const summary = options.map((option) => `${option.label}: ${option.count} (${option.percent}%)`).join('; ')
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid={`chart-${id}`} width={LABEL + BAR + 110} height={height} viewBox={`0 0 ${LABEL + BAR + 110} ${height}`} style={{ maxWidth: '100%' }}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {options.map((option, index) => {
        const y = index * ROW + 4
        return (
          <g key={option.key} data-option={option.label} data-count={option.count}>
            <text x={LABEL - 8} y={y + 17} textAnchor="end" fontSize="13" fill="currentColor">
              {option.label.length > 32 ? `${option.label.slice(0, 31)}…` : option.label}
            </text>
            <rect x={LABEL} y={y} width={BAR} height={ROW - 8} fill="var(--theme-elevation-100)" />
            <rect x={LABEL} y={y} width={Math.round((BAR * option.percent) / 100)} height={ROW - 8} fill="#15803d" />
            <text x={LABEL + BAR + 8} y={y + 17} fontSize="13" fill="currentColor">
              {`${option.count} (${option.percent}%)`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
