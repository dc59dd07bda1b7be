import type { Say } from '../messages';
import type { CapBand } from '../rules';
import { formatPercent } from '../view/formatNumbers';

/** The 封顶 bands in words, highest first: `执行率 70%–80% 最高 89 分；…；低于 50% 最高 59 分`. */
export function capBandsText(say: Say, bands: readonly CapBand[]): string {
  return [...bands]
    .sort((a, b) => b.fromRate - a.fromRate)
    .map((band) => {
      const to = formatPercent(band.toRate);
      return band.fromRate <= 0
        ? say('pane.settings.capBandBelow', { to, cap: band.cap })
        : say('pane.settings.capBand', { from: formatPercent(band.fromRate), to, cap: band.cap });
    })
    .join(say('pane.list.separator'));
}
