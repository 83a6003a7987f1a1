// Original file: ipfscluster/v1/ipfs_connector.proto

import type { AddedOutput as _ipfscluster_types_v1_AddedOutput, AddedOutput__Output as _ipfscluster_types_v1_AddedOutput__Output } from '../../../ipfscluster/types/v1/AddedOutput.js';

/**
 * One item of IPFSConnector.Add (connector → client).
 */
export interface AddResponse {
  /**
   * One output (file, directory, wrapper or progress) as produced.
   */
  'output'?: (_ipfscluster_types_v1_AddedOutput | null);
}

/**
 * One item of IPFSConnector.Add (connector → client).
 */
export interface AddResponse__Output {
  /**
   * One output (file, directory, wrapper or progress) as produced.
   */
  'output': (_ipfscluster_types_v1_AddedOutput__Output | null);
}
