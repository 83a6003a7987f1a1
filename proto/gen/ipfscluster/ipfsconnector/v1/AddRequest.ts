// Original file: ipfscluster/v1/ipfs_connector.proto

import type { AddParams as _ipfscluster_ipfsconnector_v1_AddParams, AddParams__Output as _ipfscluster_ipfsconnector_v1_AddParams__Output } from '../../../ipfscluster/ipfsconnector/v1/AddParams.js';
import type { AddEntry as _ipfscluster_ipfsconnector_v1_AddEntry, AddEntry__Output as _ipfscluster_ipfsconnector_v1_AddEntry__Output } from '../../../ipfscluster/ipfsconnector/v1/AddEntry.js';

/**
 * One item of IPFSConnector.Add (client → connector).
 */
export interface AddRequest {
  /**
   * Import parameters.
   */
  'params'?: (_ipfscluster_ipfsconnector_v1_AddParams | null);
  /**
   * Starts the next entry; ends the previous one.
   */
  'entry'?: (_ipfscluster_ipfsconnector_v1_AddEntry | null);
  /**
   * Next content chunk of the current entry (any size up to 1 MiB).
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * Exactly one is set; `params` first and only first.
   */
  'kind'?: "params"|"entry"|"data";
}

/**
 * One item of IPFSConnector.Add (client → connector).
 */
export interface AddRequest__Output {
  /**
   * Import parameters.
   */
  'params'?: (_ipfscluster_ipfsconnector_v1_AddParams__Output | null);
  /**
   * Starts the next entry; ends the previous one.
   */
  'entry'?: (_ipfscluster_ipfsconnector_v1_AddEntry__Output | null);
  /**
   * Next content chunk of the current entry (any size up to 1 MiB).
   */
  'data'?: (Buffer);
  /**
   * Exactly one is set; `params` first and only first.
   */
  'kind'?: "params"|"entry"|"data";
}
