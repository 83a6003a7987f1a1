// Original file: ipfscluster/v1/p2p.proto


/**
 * Outcome of a call, as the callee's gRPC status plus the error class.
 */
export interface Status {
  /**
   * gRPC status code (0 OK, 7 PERMISSION_DENIED, 14 UNAVAILABLE, …).
   */
  'status_code'?: (number);
  /**
   * Named error class (conventions.md §6, e.g. "NotLeaderError"); "" when
   * OK or when the error has no class (→ INTERNAL "internal error").
   */
  'error_name'?: (string);
  /**
   * Error message; "" when OK.
   */
  'error_message'?: (string);
  /**
   * Extra fields of the error class (e.g. "leader" for NotLeaderError);
   * empty when none. Keys are lower-case field names.
   */
  'details'?: ({[key: string]: string});
}

/**
 * Outcome of a call, as the callee's gRPC status plus the error class.
 */
export interface Status__Output {
  /**
   * gRPC status code (0 OK, 7 PERMISSION_DENIED, 14 UNAVAILABLE, …).
   */
  'status_code': (number);
  /**
   * Named error class (conventions.md §6, e.g. "NotLeaderError"); "" when
   * OK or when the error has no class (→ INTERNAL "internal error").
   */
  'error_name': (string);
  /**
   * Error message; "" when OK.
   */
  'error_message': (string);
  /**
   * Extra fields of the error class (e.g. "leader" for NotLeaderError);
   * empty when none. Keys are lower-case field names.
   */
  'details': ({[key: string]: string});
}
