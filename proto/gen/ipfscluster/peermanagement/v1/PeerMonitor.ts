// Original file: ipfscluster/v1/peer_management.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AlertsRequest as _ipfscluster_peermanagement_v1_AlertsRequest, AlertsRequest__Output as _ipfscluster_peermanagement_v1_AlertsRequest__Output } from '../../../ipfscluster/peermanagement/v1/AlertsRequest.js';
import type { AlertsResponse as _ipfscluster_peermanagement_v1_AlertsResponse, AlertsResponse__Output as _ipfscluster_peermanagement_v1_AlertsResponse__Output } from '../../../ipfscluster/peermanagement/v1/AlertsResponse.js';
import type { LatestMetricsRequest as _ipfscluster_peermanagement_v1_LatestMetricsRequest, LatestMetricsRequest__Output as _ipfscluster_peermanagement_v1_LatestMetricsRequest__Output } from '../../../ipfscluster/peermanagement/v1/LatestMetricsRequest.js';
import type { LatestMetricsResponse as _ipfscluster_peermanagement_v1_LatestMetricsResponse, LatestMetricsResponse__Output as _ipfscluster_peermanagement_v1_LatestMetricsResponse__Output } from '../../../ipfscluster/peermanagement/v1/LatestMetricsResponse.js';
import type { LogMetricRequest as _ipfscluster_peermanagement_v1_LogMetricRequest, LogMetricRequest__Output as _ipfscluster_peermanagement_v1_LogMetricRequest__Output } from '../../../ipfscluster/peermanagement/v1/LogMetricRequest.js';
import type { LogMetricResponse as _ipfscluster_peermanagement_v1_LogMetricResponse, LogMetricResponse__Output as _ipfscluster_peermanagement_v1_LogMetricResponse__Output } from '../../../ipfscluster/peermanagement/v1/LogMetricResponse.js';
import type { MetricNamesRequest as _ipfscluster_peermanagement_v1_MetricNamesRequest, MetricNamesRequest__Output as _ipfscluster_peermanagement_v1_MetricNamesRequest__Output } from '../../../ipfscluster/peermanagement/v1/MetricNamesRequest.js';
import type { MetricNamesResponse as _ipfscluster_peermanagement_v1_MetricNamesResponse, MetricNamesResponse__Output as _ipfscluster_peermanagement_v1_MetricNamesResponse__Output } from '../../../ipfscluster/peermanagement/v1/MetricNamesResponse.js';
import type { PublishMetricRequest as _ipfscluster_peermanagement_v1_PublishMetricRequest, PublishMetricRequest__Output as _ipfscluster_peermanagement_v1_PublishMetricRequest__Output } from '../../../ipfscluster/peermanagement/v1/PublishMetricRequest.js';
import type { PublishMetricResponse as _ipfscluster_peermanagement_v1_PublishMetricResponse, PublishMetricResponse__Output as _ipfscluster_peermanagement_v1_PublishMetricResponse__Output } from '../../../ipfscluster/peermanagement/v1/PublishMetricResponse.js';

/**
 * The peer monitor: metric store and alerts.
 */
export interface PeerMonitorClient extends grpc.Client {
  /**
   * Retained alerts, oldest first (at most 1000); with `follow`, then every
   * new alert as raised until the client cancels.
   */
  Alerts(argument: _ipfscluster_peermanagement_v1_AlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_AlertsResponse__Output>;
  Alerts(argument: _ipfscluster_peermanagement_v1_AlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_AlertsResponse__Output>;
  /**
   * Retained alerts, oldest first (at most 1000); with `follow`, then every
   * new alert as raised until the client cancels.
   */
  alerts(argument: _ipfscluster_peermanagement_v1_AlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_AlertsResponse__Output>;
  alerts(argument: _ipfscluster_peermanagement_v1_AlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_AlertsResponse__Output>;
  
  /**
   * Latest valid, unexpired metric of a name for every peer that sent one.
   */
  LatestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  LatestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  LatestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  LatestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Latest valid, unexpired metric of a name for every peer that sent one.
   */
  latestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  latestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  latestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  latestMetrics(argument: _ipfscluster_peermanagement_v1_LatestMetricsRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores a metric pushed by a peer (stamps `received_at`; keeps the last
   * 10 per (name, peer)).
   */
  LogMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a metric pushed by a peer (stamps `received_at`; keeps the last
   * 10 per (name, peer)).
   */
  logMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _ipfscluster_peermanagement_v1_LogMetricRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Names of the metrics known to the monitor (order unspecified).
   */
  MetricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  MetricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  MetricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  MetricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Names of the metrics known to the monitor (order unspecified).
   */
  metricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  metricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  metricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  metricNames(argument: _ipfscluster_peermanagement_v1_MetricNamesRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_MetricNamesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Publishes a metric of this peer (the supervisor's informers): stores it
   * like LogMetric and pushes it to every cluster peer through the relay, in
   * parallel, each push bounded by `consensus.raft.network_timeout`.
   * Resolves when every push has succeeded or failed. `ping` metrics also
   * become the value of the liveness ping this service publishes by itself
   * every `cluster.monitor_ping_interval` (TTL 2×).
   */
  PublishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  PublishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  PublishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  PublishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Publishes a metric of this peer (the supervisor's informers): stores it
   * like LogMetric and pushes it to every cluster peer through the relay, in
   * parallel, each push bounded by `consensus.raft.network_timeout`.
   * Resolves when every push has succeeded or failed. `ping` metrics also
   * become the value of the liveness ping this service publishes by itself
   * every `cluster.monitor_ping_interval` (TTL 2×).
   */
  publishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  publishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  publishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  publishMetric(argument: _ipfscluster_peermanagement_v1_PublishMetricRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PublishMetricResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The peer monitor: metric store and alerts.
 */
export interface PeerMonitorHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Retained alerts, oldest first (at most 1000); with `follow`, then every
   * new alert as raised until the client cancels.
   */
  Alerts: grpc.handleServerStreamingCall<_ipfscluster_peermanagement_v1_AlertsRequest__Output, _ipfscluster_peermanagement_v1_AlertsResponse>;
  
  /**
   * Latest valid, unexpired metric of a name for every peer that sent one.
   */
  LatestMetrics: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_LatestMetricsRequest__Output, _ipfscluster_peermanagement_v1_LatestMetricsResponse>;
  
  /**
   * Stores a metric pushed by a peer (stamps `received_at`; keeps the last
   * 10 per (name, peer)).
   */
  LogMetric: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_LogMetricRequest__Output, _ipfscluster_peermanagement_v1_LogMetricResponse>;
  
  /**
   * Names of the metrics known to the monitor (order unspecified).
   */
  MetricNames: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_MetricNamesRequest__Output, _ipfscluster_peermanagement_v1_MetricNamesResponse>;
  
  /**
   * Publishes a metric of this peer (the supervisor's informers): stores it
   * like LogMetric and pushes it to every cluster peer through the relay, in
   * parallel, each push bounded by `consensus.raft.network_timeout`.
   * Resolves when every push has succeeded or failed. `ping` metrics also
   * become the value of the liveness ping this service publishes by itself
   * every `cluster.monitor_ping_interval` (TTL 2×).
   */
  PublishMetric: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_PublishMetricRequest__Output, _ipfscluster_peermanagement_v1_PublishMetricResponse>;
  
}

export interface PeerMonitorDefinition extends grpc.ServiceDefinition {
  Alerts: MethodDefinition<_ipfscluster_peermanagement_v1_AlertsRequest, _ipfscluster_peermanagement_v1_AlertsResponse, _ipfscluster_peermanagement_v1_AlertsRequest__Output, _ipfscluster_peermanagement_v1_AlertsResponse__Output>
  LatestMetrics: MethodDefinition<_ipfscluster_peermanagement_v1_LatestMetricsRequest, _ipfscluster_peermanagement_v1_LatestMetricsResponse, _ipfscluster_peermanagement_v1_LatestMetricsRequest__Output, _ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>
  LogMetric: MethodDefinition<_ipfscluster_peermanagement_v1_LogMetricRequest, _ipfscluster_peermanagement_v1_LogMetricResponse, _ipfscluster_peermanagement_v1_LogMetricRequest__Output, _ipfscluster_peermanagement_v1_LogMetricResponse__Output>
  MetricNames: MethodDefinition<_ipfscluster_peermanagement_v1_MetricNamesRequest, _ipfscluster_peermanagement_v1_MetricNamesResponse, _ipfscluster_peermanagement_v1_MetricNamesRequest__Output, _ipfscluster_peermanagement_v1_MetricNamesResponse__Output>
  PublishMetric: MethodDefinition<_ipfscluster_peermanagement_v1_PublishMetricRequest, _ipfscluster_peermanagement_v1_PublishMetricResponse, _ipfscluster_peermanagement_v1_PublishMetricRequest__Output, _ipfscluster_peermanagement_v1_PublishMetricResponse__Output>
}
