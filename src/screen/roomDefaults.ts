/**
 * This machine's default room (screen diagonal and farthest seat) for a bare screen-mode URL, kept in
 * localStorage under the dashboard's own key. The URL always wins; a missing or broken entry is no default.
 */
import { storageKey } from '../platform/storageKey'

export const ROOM_DEFAULTS_KEY = storageKey('screen-room')

export interface RoomDefaults {
  diagonalInches?: number
  distanceM?: number
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined
}

export function loadRoomDefaults(storage: Storage | undefined): RoomDefaults {
  try {
    const parsed = JSON.parse(storage?.getItem(ROOM_DEFAULTS_KEY) ?? '{}') as Record<string, unknown>
    return { diagonalInches: positive(parsed.diagonalInches), distanceM: positive(parsed.distanceM) }
  } catch {
    return {}
  }
}

export function saveRoomDefaults(storage: Storage | undefined, defaults: RoomDefaults): void {
  try {
    storage?.setItem(ROOM_DEFAULTS_KEY, JSON.stringify(defaults))
  } catch {
    // Private mode or a full storage: the URL still carries the room.
  }
}

/** localStorage, or undefined where it cannot be used (a sandboxed frame). */
export function machineStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
