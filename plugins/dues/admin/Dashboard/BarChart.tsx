export type Bar = { label: string; value: number; text: string }

const ROW = 28
const LABEL = 150
const VALUE = 150
const WIDTH = 680

/**
 * A horizontal bar chart drawn on the server as SVG: named by its title and described (for
 * screen readers, `role="img"` with title and desc), each bar labelled with its figure. The
 * same numbers are in the table beside it, which is what assistive technology should read.
 */
export const BarChart = ({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) => {
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const span = WIDTH - LABEL - VALUE
  const height = Math.max(1, bars.length) * ROW + 4
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: 'block', fontSize: 13 }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const length = bar.value > 0 ? Math.max(2, (span * bar.value) / max) : 0
        const middle = index * ROW + ROW / 2
        return (
          <g key={bar.label}>
            <text x={LABEL - 8} y={middle} textAnchor="end" dominantBaseline="middle" style={{ fill: 'var(--theme-text)' }}>
              {bar.label}
            </text>
            <rect x={LABEL} y={index * ROW + 5} width={length} height={ROW - 10} rx={2} style={{ fill: 'var(--theme-success-500)' }} />
            <text x={LABEL + length + 6} y={middle} dominantBaseline="middle" style={{ fill: 'var(--theme-text)' }}>
              {bar.text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
