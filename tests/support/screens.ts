/** The screens the town uses (issue 13): laptops, a 4:3 projector, TVs, a portrait totem, ultra-wide walls. */
export const ROOM_SCREENS: readonly (readonly [width: number, height: number])[] = [
  [1366, 768],
  [1024, 768],
  [1920, 1080],
  [1080, 1920],
  [2560, 1080],
  [3840, 2160],
  [5760, 1080],
]
