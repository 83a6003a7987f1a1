// Original file: ipfscluster/v1/types.proto

import type { Metric as _ipfscluster_types_v1_Metric, Metric__Output as _ipfscluster_types_v1_Metric__Output } from '../../../ipfscluster/types/v1/Metric.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A metric that expired without a fresher one (REST Alert = metric fields
 * flattened + triggered_at).
 */
export interface Alert {
  /**
   * The expired metric.
   */
  'metric'?: (_ipfscluster_types_v1_Metric | null);
  /**
   * When the alert was raised, Unix ms.
   */
  'triggered_at'?: (number | string | Long);
}

/**
 * A metric that expired without a fresher one (REST Alert = metric fields
 * flattened + triggered_at).
 */
export interface Alert__Output {
  /**
   * The expired metric.
   */
  'metric': (_ipfscluster_types_v1_Metric__Output | null);
  /**
   * When the alert was raised, Unix ms.
   */
  'triggered_at': (string);
}
