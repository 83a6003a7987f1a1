// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerMonitor.Alerts.
 */
export interface AlertsRequest {
  /**
   * False: send the retained alerts and end; true: keep the stream open and
   * send new alerts too.
   */
  'follow'?: (boolean);
}

/**
 * Request of PeerMonitor.Alerts.
 */
export interface AlertsRequest__Output {
  /**
   * False: send the retained alerts and end; true: keep the stream open and
   * send new alerts too.
   */
  'follow': (boolean);
}
