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
   * Extra fields of the error class, empty when none: the callee's trailing
   * metadata `x-ipfscluster-<key>` other than `x-ipfscluster-error`, keyed by
   * <key> (e.g. "leader" from `x-ipfscluster-leader` of a NotLeaderError).
   * The caller's relay turns them back into the same metadata.
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
   * Extra fields of the error class, empty when none: the callee's trailing
   * metadata `x-ipfscluster-<key>` other than `x-ipfscluster-error`, keyed by
   * <key> (e.g. "leader" from `x-ipfscluster-leader` of a NotLeaderError).
   * The caller's relay turns them back into the same metadata.
   */
  'details': ({[key: string]: string});
}
