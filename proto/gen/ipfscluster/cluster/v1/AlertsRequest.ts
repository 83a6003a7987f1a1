// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Alerts.
 */
export interface AlertsRequest {
}

/**
 * Request of Cluster.Alerts.
 */
export interface AlertsRequest__Output {
}
