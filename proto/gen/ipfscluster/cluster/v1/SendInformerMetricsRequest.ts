// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.SendInformerMetrics.
 */
export interface SendInformerMetricsRequest {
}

/**
 * Request of Cluster.SendInformerMetrics.
 */
export interface SendInformerMetricsRequest__Output {
}
