import type React from 'react'

/** The narrow card the sign-in and password pages share. */
export const AuthCard = ({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) => (
  <section className="mx-auto max-w-md rounded-lg bg-white p-6 shadow">
    <h1 className="text-2xl font-bold">{title}</h1>
    {intro && <p className="mt-2 text-muted">{intro}</p>}
    <div className="mt-6">{children}</div>
  </section>
)
