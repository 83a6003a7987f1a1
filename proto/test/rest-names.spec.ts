import assert from 'node:assert/strict'
import {
  PinMode, PinType, TrackerStatus, pinModeFromName, pinModeNames, pinTypeFromName, pinTypeNames,
  trackerStatusesFromName, trackerStatusNames
} from '../src/index.js'

describe('REST names of enums', () => {
  it('name every tracker status as rest-api.md §7.8', () => {
    assert.deepEqual(Object.keys(trackerStatusNames).sort(), Object.keys(TrackerStatus).sort())
    for (const [k, v] of Object.entries(trackerStatusNames)) assert.equal(v, k.slice('TRACKER_STATUS_'.length).toLowerCase())
    assert.deepEqual(trackerStatusesFromName('pin_queued'), ['TRACKER_STATUS_PIN_QUEUED'])
    assert.deepEqual(trackerStatusesFromName('queued'), ['TRACKER_STATUS_PIN_QUEUED', 'TRACKER_STATUS_UNPIN_QUEUED'])
    assert.equal(trackerStatusesFromName('error').length, 3)
    assert.deepEqual(trackerStatusesFromName('bogus'), [])
    assert.deepEqual(trackerStatusesFromName('toString'), [])
  })

  it('name pin types and modes', () => {
    assert.deepEqual(Object.keys(pinTypeNames).sort(), Object.keys(PinType).filter(k => k !== 'PIN_TYPE_UNSPECIFIED').sort())
    assert.deepEqual(Object.keys(pinModeNames).sort(), Object.keys(PinMode).sort())
    assert.equal(pinTypeFromName('clusterdag-pin'), 'PIN_TYPE_CLUSTERDAG_PIN')
    assert.equal(pinTypeFromName('all'), undefined)
    assert.equal(pinModeFromName('direct'), 'PIN_MODE_DIRECT')
    assert.equal(pinModeFromName(''), undefined)
  })
})
