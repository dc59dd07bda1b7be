import { FluentProvider, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Language } from '../core';

/**
 * Fluent's light theme with Chinese fonts after the Latin ones: Segoe UI and the system fonts draw Latin text,
 * and naming Microsoft YaHei (Windows), PingFang SC (Mac) and Noto Sans CJK SC (Linux) for the rest keeps
 * every host from falling back to a serif or a Japanese face for Chinese.
 */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // Long sheet names and headers wrap instead of pushing the pane sideways.
    overflowWrap: 'anywhere',
    overflowX: 'hidden',
  },
});

/** The pane's frame: the theme, the language of its text (so that CJK glyphs are the Simplified Chinese ones). */
export function PaneProvider({ language, children }: { language: Language; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={paneTheme} lang={language} className={styles.root}>
      {children}
    </FluentProvider>
  );
}
