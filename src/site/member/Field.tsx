import { useId } from 'react'
import type React from 'react'

/** A labelled input as the member forms use it; the hint is its description, not its name. */
export const Field = ({ label, hint, ...input }: { label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) => {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input {...input} id={id} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 block w-full rounded border border-muted/50 bg-white px-3 py-2" />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  )
}

/** The form's answer, read out by screen readers as it appears. */
export const Notice = ({ kind, children }: { kind: 'error' | 'ok'; children: React.ReactNode }) => (
  <p role={kind === 'error' ? 'alert' : 'status'} className={kind === 'error' ? 'rounded border border-red-700 bg-red-50 p-3 text-red-800' : 'rounded border border-green-700 bg-green-50 p-3 text-green-900'}>
    {children}
  </p>
)

export const buttonClass = 'rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60'
