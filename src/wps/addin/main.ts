/**
 * The ribbon's callbacks, on the window of the add-in's hidden main page (index.html), where WPS looks for the
 * names ribbon.xml gives: the 绩效自评 button opens the task pane, docked on the right, or shows and hides it
 * once it is open. The pane's id is kept in PluginStorage, which the add-in's pages share.
 */
import { wpsApplication } from '../wpsApplication';

const PANE_ID_KEY = 'budgetPerf.taskPaneId';
const BUTTON = 'budgetPerfOpen';
/** MsoCTPDockPosition.msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

interface RibbonControl {
  readonly Id: string;
}

function OnAddinLoad(): boolean {
  return true;
}

function OnAction(control: RibbonControl): boolean {
  const app = wpsApplication();
  if (!app || control.Id !== BUTTON) return true;
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  if (typeof id === 'string' || typeof id === 'number') {
    const open = app.GetTaskPane(id);
    open.Visible = !open.Visible;
    return true;
  }
  const pane = app.CreateTaskPane(new URL('taskpane.html', window.location.href).href);
  app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  return true;
}

function GetImage(): string {
  return 'assets/icon-32.png';
}

function OnGetEnabled(): boolean {
  return true;
}

Object.assign(window, { OnAddinLoad, OnAction, GetImage, OnGetEnabled });
