import type { Stream } from '@libp2p/interface'
import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream'

/** The receive-window bookkeeping of a js-yamux stream (private fields of @chainsafe/libp2p-yamux 8). */
interface YamuxWindow {
  state: StreamState
  recvWindow: number
  recvWindowCapacity: number
  sendWindowUpdate: () => void
}

/**
 * Makes a relay stream grant the sender more window only once half of its
 * receive window is used up, as go-yamux does. js-yamux answers every data
 * frame with a window-update frame: on a relay stream that is one extra
 * encrypted write per call on each peer, and one extra wake-up of the other
 * peer in the middle of the call (a fifth of a relayed call's time on
 * loopback). Frames carrying flags (SYN/ACK, while the stream opens) and a
 * paused stream keep yamux's own handling. No-op on other streams.
 */
export function batchWindowUpdates (stream: Stream): void {
  if (!(stream instanceof YamuxStream)) return
  const window = stream as unknown as YamuxWindow
  const update = window.sendWindowUpdate.bind(stream)
  window.sendWindowUpdate = () => {
    if (window.state === StreamState.Established && window.recvWindowCapacity > window.recvWindow / 2) return
    update()
  }
}
