// Original file: ipfscluster/v1/types.proto

/**
 * How a pin is tracked (REST `type`). Only PIN_TYPE_PIN exists until
 * sharding is built.
 */
export const PinType = {
  /**
   * Not set: invalid in a stored pin (rejected at propose time).
   */
  PIN_TYPE_UNSPECIFIED: 'PIN_TYPE_UNSPECIFIED',
  /**
   * A normal pin of a DAG root (REST "pin").
   */
  PIN_TYPE_PIN: 'PIN_TYPE_PIN',
  /**
   * Root of a sharded DAG (REST "meta-pin"); later.
   */
  PIN_TYPE_META_PIN: 'PIN_TYPE_META_PIN',
  /**
   * The cluster DAG of a sharded pin (REST "clusterdag-pin"); later.
   */
  PIN_TYPE_CLUSTERDAG_PIN: 'PIN_TYPE_CLUSTERDAG_PIN',
  /**
   * One shard of a sharded DAG (REST "shard-pin"); later.
   */
  PIN_TYPE_SHARD_PIN: 'PIN_TYPE_SHARD_PIN',
} as const;

/**
 * How a pin is tracked (REST `type`). Only PIN_TYPE_PIN exists until
 * sharding is built.
 */
export type PinType =
  /**
   * Not set: invalid in a stored pin (rejected at propose time).
   */
  | 'PIN_TYPE_UNSPECIFIED'
  | 0
  /**
   * A normal pin of a DAG root (REST "pin").
   */
  | 'PIN_TYPE_PIN'
  | 1
  /**
   * Root of a sharded DAG (REST "meta-pin"); later.
   */
  | 'PIN_TYPE_META_PIN'
  | 2
  /**
   * The cluster DAG of a sharded pin (REST "clusterdag-pin"); later.
   */
  | 'PIN_TYPE_CLUSTERDAG_PIN'
  | 3
  /**
   * One shard of a sharded DAG (REST "shard-pin"); later.
   */
  | 'PIN_TYPE_SHARD_PIN'
  | 4

/**
 * How a pin is tracked (REST `type`). Only PIN_TYPE_PIN exists until
 * sharding is built.
 */
export type PinType__Output = typeof PinType[keyof typeof PinType]
