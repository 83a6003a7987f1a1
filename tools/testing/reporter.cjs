'use strict'
// Mocha's own summary is not read by CI; .ci/run sums these machine-readable lines
// (they survive Nx cache replays because they are part of the task's output).
const Mocha = require('mocha')
const { EVENT_RUN_END } = Mocha.Runner.constants

class ResultReporter extends Mocha.reporters.Spec {
  constructor (runner, options) {
    super(runner, options)
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats
      console.log(`[mocha-result] passed=${s.passes} failed=${s.failures} pending=${s.pending}`)
    })
  }
}

module.exports = ResultReporter
