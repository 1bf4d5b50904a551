// What the history fusion reads for one instance, with the change that was merged: the records
// `bench:localize --fusion-dump FILE` writes and `bench:fit-history FILE` fits the weights on.
import type { FusionInputs } from '../../src/research/types.js'

export interface FusionDump {
  id: string
  split: string
  kind: string
  language: string
  gold: string[]
  goldTests: string[]
  inputs: FusionInputs
}
