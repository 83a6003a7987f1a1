// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.SendInformerMetrics.
 */
export interface SendInformerMetricsResponse {
}

/**
 * Response of Cluster.SendInformerMetrics.
 */
export interface SendInformerMetricsResponse__Output {
}
