/**
 * Every code the API can answer with, and the HTTP status it travels with. A code is stable: the tab and
 * integrations may match on it, so one is added here, never renamed.
 */
export const errorStatuses = {
  // 400: the request itself is wrong; `issues` names the fields.
  validation: 400,
  invalid_json: 400,
  unreadable_body: 400,
  unreadable_request: 400,
  unreadable_file: 400,
  empty_file: 400,
  bad_activity: 400,
  plan_incomplete: 400,
  import_rows_invalid: 400,
  import_file_personal_data: 400,
  file_personal_data: 400,
  // A document the service cannot read through to its end (too large unpacked, nested too deep, too heavy).
  file_not_checkable: 400,
  // 401/403: who is asking, and what their role allows.
  unauthorized: 401,
  link_expired: 401,
  forbidden: 403,
  no_role: 403,
  not_your_actor: 403,
  not_your_commitment: 403,
  // 404/405: nothing there, or nothing for this caller (BOB material answers outsiders the same).
  not_found: 404,
  method_not_allowed: 405,
  // 409: the year's state does not allow it now.
  too_early: 409,
  plan_exists: 409,
  plan_decided: 409,
  plan_status: 409,
  council_exists: 409,
  minutes_missing: 409,
  category_in_use: 409,
  in_use: 409,
  locked: 409,
  managed_in_entra: 409,
  install_off: 409,
  import_running: 409,
  list_full: 409,
  // 412/428: edits go with the ETag they were read with.
  conflict: 412,
  precondition_required: 428,
  too_large: 413,
  headers_too_large: 431,
  unsupported_media_type: 415,
  not_a_document: 415,
  // 5xx: the service's side.
  internal: 500,
  config_invalid: 500,
  storage_full: 507,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatuses;
export const errorCodes = Object.keys(errorStatuses) as ErrorCode[];
