import { languageFromArgv } from '../../src/cli/parseCommandLine';

describe('languageFromArgv', () => {
  it.each<[string[], 'zh-CN' | 'en']>([
    [[], 'zh-CN'],
    [['evaluate', 'a.xlsx'], 'zh-CN'],
    [['evaluate', 'a.xlsx', '--lang', 'en'], 'en'],
    [['--lang', 'en-US', 'evaluate'], 'en'],
    [['evaluate', '--lang=en_GB'], 'en'],
    [['evaluate', '--lang', 'zh'], 'zh-CN'],
    [['evaluate', '--lang', 'zh-Hans-CN'], 'zh-CN'],
    [['evaluate', '--lang', 'xx'], 'zh-CN'],
    [['evaluate', '--lang', 'english'], 'zh-CN'],
    [['evaluate', '--lang'], 'zh-CN'],
    [['evaluate', '--', '--lang', 'en'], 'zh-CN'],
  ])('%j → %s', (argv, lang) => {
    expect(languageFromArgv(argv)).toBe(lang);
  });
});
