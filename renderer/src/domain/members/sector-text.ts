// A 界别 as a sentence names it: 中共界别, but 农业界 and 教育界 as they are (never 农业界界别).
export function sectorText(sector: string): string {
  return sector.endsWith('界') || sector.endsWith('界别') ? sector : `${sector}界别`;
}
