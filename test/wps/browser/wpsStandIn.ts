/// <reference lib="dom" />
/**
 * A stand-in for WPS's `window.Application` in headless Chromium: the strict fake object model over the sample
 * (its snapshot put on the page as `window.sampleSnapshot` by the test), plus the add-in services the ribbon uses
 * (CreateTaskPane, GetTaskPane, PluginStorage), which record what they were asked.
 */
import type { WorkbookSnapshot } from '../../../src/core';
import { fakeBookOf, FakeEtApplication } from '../fake';

const { sampleSnapshot } = window as unknown as { sampleSnapshot: WorkbookSnapshot };
const app = new FakeEtApplication(fakeBookOf(sampleSnapshot));
const storage = new Map<string, unknown>();
const panes: { ID: string; url: string; Visible: boolean; DockPosition: number }[] = [];
Object.assign(app, {
  panes,
  CreateTaskPane: (url: string) => {
    const pane = { ID: `pane${panes.length + 1}`, url, Visible: false, DockPosition: 0 };
    panes.push(pane);
    return pane;
  },
  GetTaskPane: (id: string) => panes.find((pane) => pane.ID === id),
  PluginStorage: { getItem: (key: string) => storage.get(key), setItem: (key: string, value: unknown) => storage.set(key, value) },
});
Object.assign(window, { Application: app });
