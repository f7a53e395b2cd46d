// zod-free, so the browser can import it (the forms do not ship zod).

/** The dashboard pages whose tables can be saved as views, and the role each needs. */
export const SAVED_VIEW_PAGES = { '/users': 'admin', '/companies': 'staff', '/booths': 'staff', '/rooms': 'staff', '/audit': 'admin' } as const
export type SavedViewPage = keyof typeof SAVED_VIEW_PAGES
export const SAVED_VIEW_NAME_MAX = 60
export const SAVED_VIEWS_MAX = 50

export const isSavedViewPage = (page: string): page is SavedViewPage => Object.hasOwn(SAVED_VIEW_PAGES, page)
