/**
 * The shells' sentences: reading files, the CLI's summary and usage errors. Owned by src/xlsx and src/cli.
 */
export const shellZh = {
  'file.notFound': '找不到文件：{path}',
} as const;

export const shellEn: Record<keyof typeof shellZh, string> = {
  'file.notFound': 'file not found: {path}',
};
