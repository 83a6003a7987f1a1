// Original file: ipfscluster/v1/consensus.proto

/**
 * Role of a Raft node.
 */
export const RaftRole = {
  /**
   * Not started / unknown.
   */
  RAFT_ROLE_UNSPECIFIED: 'RAFT_ROLE_UNSPECIFIED',
  /**
   * Follower (voter).
   */
  RAFT_ROLE_FOLLOWER: 'RAFT_ROLE_FOLLOWER',
  /**
   * Running a pre-vote.
   */
  RAFT_ROLE_PRE_CANDIDATE: 'RAFT_ROLE_PRE_CANDIDATE',
  /**
   * Running an election.
   */
  RAFT_ROLE_CANDIDATE: 'RAFT_ROLE_CANDIDATE',
  /**
   * Leader.
   */
  RAFT_ROLE_LEADER: 'RAFT_ROLE_LEADER',
  /**
   * Non-voting member being caught up.
   */
  RAFT_ROLE_LEARNER: 'RAFT_ROLE_LEARNER',
  /**
   * Join mode: no configuration yet, waiting to be added.
   */
  RAFT_ROLE_JOINING: 'RAFT_ROLE_JOINING',
} as const;

/**
 * Role of a Raft node.
 */
export type RaftRole =
  /**
   * Not started / unknown.
   */
  | 'RAFT_ROLE_UNSPECIFIED'
  | 0
  /**
   * Follower (voter).
   */
  | 'RAFT_ROLE_FOLLOWER'
  | 1
  /**
   * Running a pre-vote.
   */
  | 'RAFT_ROLE_PRE_CANDIDATE'
  | 2
  /**
   * Running an election.
   */
  | 'RAFT_ROLE_CANDIDATE'
  | 3
  /**
   * Leader.
   */
  | 'RAFT_ROLE_LEADER'
  | 4
  /**
   * Non-voting member being caught up.
   */
  | 'RAFT_ROLE_LEARNER'
  | 5
  /**
   * Join mode: no configuration yet, waiting to be added.
   */
  | 'RAFT_ROLE_JOINING'
  | 6

/**
 * Role of a Raft node.
 */
export type RaftRole__Output = typeof RaftRole[keyof typeof RaftRole]
