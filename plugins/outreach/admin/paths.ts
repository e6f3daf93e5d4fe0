/** The survey results view (under /admin): `/admin/survei/<id>/hasil`. */
export const RESULTS_PATH = '/survei/:id/hasil'

export const resultsPath = (id: number | string) => `/admin/survei/${id}/hasil`
