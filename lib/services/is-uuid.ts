const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids are uuid columns: a malformed one would be a database error, so services treat it as unknown. */
export const isUuid = (value: string) => UUID.test(value)
