// Whether a text reads as Traditional Chinese, so clean can offer conversion to Simplified. A cheap
// count of frequent characters that exist only in Traditional spelling; the converter itself is large
// and is loaded only when the user asks for it.
const TRADITIONAL_ONLY = new Set(
  '們這個會為來對說時國學開關發現過還後從實點與體動經應長門問間區縣鄉鎮黨團員師醫銀單廳辦隊屆級歲畝噸頁張冊節課週鐘號餘幾棟業額圖職領導組總務驗議記紀參內錄標準設備計劃書報進較並產選擇論權條幹級識廣響價據邊態變熱續織練護陽陰雙聯衛統執歷'.split(
    '',
  ),
);

/** True when at least 1 in 50 Han characters (and at least 3 in all) is spelled the Traditional way. */
export function looksTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  return traditional >= 3 && traditional * 50 >= han;
}
