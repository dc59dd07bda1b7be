/// <reference lib="dom" />
import type { EtApplication, WpsAddinApplication } from './EtHost';

declare global {
  interface Window {
    /** What WPS puts on every page of an add-in; absent in a plain browser. */
    Application?: EtApplication & WpsAddinApplication;
  }
}

/**
 * WPS's object model as a WPS 加载项 page sees it: the global `Application` that WPS puts on every page of an
 * add-in (the ribbon's hidden page and the task pane). The only place that touches it; undefined in a plain browser.
 */
export function wpsApplication(): (EtApplication & WpsAddinApplication) | undefined {
  return window.Application;
}
