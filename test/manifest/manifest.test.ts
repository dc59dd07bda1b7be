/**
 * Offline checks of manifest.xml against what Office requires. `office-addin-manifest validate` asks a
 * Microsoft web service and cannot run here; these tests cover the schema rules Office enforces silently
 * (it only says "manifest not valid"), the icons it fetches, and the dev-URL prefix the build rewrites.
 * Sources: OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd
 * in OfficeDev/office-js-docs-pr (docs/overview/schemas/taskpane).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  findResource,
  localisedValue,
  resourceItems,
  resourceReferences,
  type ResourceCollection,
} from './manifestResources';
import { readPngSize } from './readPngSize';
import { attribute, childrenNamed, descendants, NS, onlyChild, parseXml, xsiType, type XmlElement } from './readXml';

const REPO = resolve(__dirname, '../..');
const manifest = parseXml(readFileSync(join(REPO, 'manifest.xml'), 'utf8'), 'manifest.xml');

/** The webpack build replaces exactly this prefix by the production address, so every URL must start with it. */
const DEV_PREFIX = 'https://localhost:3000/';
/** The GUID of Microsoft's Office-Addin-TaskPane template: a copy would collide with every other add-in made from it. */
const TEMPLATE_GUID = '05c2e1c9-3e1d-406e-9a91-e9ac64854143';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** bt:ShortString, bt:LongString and the ReferenceId of a resid (OfficeAppBasicTypesV1_0.xsd). */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESOURCE_ID_MAX = 32;
/** "The image file size should not exceed 100KB" (ImageResources in the basic-types schema). */
const ICON_BYTES_MAX = 100 * 1024;

const officeApp = (local: string) => onlyChild(manifest, local, NS.officeApp);
const overrides = (local: string, parent: XmlElement) => onlyChild(parent, local, NS.taskPaneOverrides);
const charCount = (text: string) => [...text].length;

const versionOverrides = overrides('VersionOverrides', manifest);
const workbookHost = overrides('Host', overrides('Hosts', versionOverrides));
const desktop = overrides('DesktopFormFactor', workbookHost);
const getStarted = overrides('GetStarted', desktop);
const commandSurface = overrides('ExtensionPoint', desktop);
const homeTab = overrides('OfficeTab', commandSurface);
const group = overrides('Group', homeTab);
const button = overrides('Control', group);
const buttonAction = overrides('Action', button);

/** A resource's value in the manifest's default locale and in English; [] when there is no such resource. */
function resourceText(collection: ResourceCollection, id: string | undefined): [string?, string?] {
  const item = findResource(versionOverrides, collection, id ?? '');
  if (!item) return [];
  const { defaultValue, overrides: byLocale } = localisedValue(item, NS.basicTypes);
  return [defaultValue, byLocale.get('en-US')];
}

describe('the OfficeApp root', () => {
  it('is a TaskPaneApp in the appforoffice/1.1 namespace', () => {
    expect([manifest.uri, manifest.local, xsiType(manifest)]).toEqual([NS.officeApp, 'OfficeApp', 'TaskPaneApp']);
  });

  it('declares the xsi, bt and ov prefixes the schema types and resources use', () => {
    expect(manifest.declaredNamespaces).toEqual({
      '': NS.officeApp,
      xsi: NS.xsi,
      bt: NS.basicTypes,
      ov: NS.taskPaneOverrides,
    });
  });

  it.each(['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions'])(
    'has exactly one <%s>',
    (local) => {
      expect(childrenNamed(manifest, local, NS.officeApp)).toHaveLength(1);
    },
  );

  it('puts VersionOverrides in the task-pane overrides namespace, typed VersionOverridesV1_0', () => {
    expect([versionOverrides.uri, xsiType(versionOverrides)]).toEqual([NS.taskPaneOverrides, 'VersionOverridesV1_0']);
  });
});

describe('element order', () => {
  // Office rejects children out of the schema's xs:sequence order, so each list is the sequence, optional ones included.
  it.each<[string, XmlElement, string[]]>([
    ['<OfficeApp>', manifest, ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName',
      'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides']],
    ['<VersionOverrides>', versionOverrides, ['Description', 'Requirements', 'Hosts', 'Resources',
      'WebApplicationInfo', 'EquivalentAddins']],
    ['<DesktopFormFactor>', desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']],
    ['<GetStarted>', getStarted, ['Title', 'Description', 'LearnMoreUrl']],
    ['<Group>', group, ['Label', 'Icon', 'Control']],
    ['the Button <Control>', button, ['Label', 'Supertip', 'Icon', 'Action']],
    ['the ShowTaskpane <Action>', buttonAction, ['TaskpaneId', 'SourceLocation', 'Title']],
    ['<Resources>', overrides('Resources', versionOverrides), ['Images', 'Urls', 'ShortStrings', 'LongStrings']],
  ])('%s lists its children in the order of the schema', (_name, element, sequence) => {
    const names = element.children.map((child) => child.local);
    const positions = names.map((name) => sequence.indexOf(name));
    expect(names.filter((_, index) => positions[index] < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('identity', () => {
  it('has a GUID of its own as Id', () => {
    const id = officeApp('Id').text;
    expect(id).toMatch(GUID);
    expect(id.toLowerCase()).not.toBe(TEMPLATE_GUID);
  });

  // Desktop Excel accepts 1.0.0, Excel on the web rejects it (OfficeDev/Office-Addin-Scripts#207).
  it('has a four-part Version', () => {
    expect(officeApp('Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it('is written for zh-CN first and asks to read and write the workbook', () => {
    expect([officeApp('DefaultLocale').text, officeApp('Permissions').text]).toEqual(['zh-CN', 'ReadWriteDocument']);
  });

  it.each<[string, number, string, string]>([
    ['DisplayName', SHORT_STRING_MAX, '绩效自评助手', 'Performance Self-Evaluation'],
    ['Description', LONG_STRING_MAX, '读取预算执行表', 'Reads the budget-execution'],
  ])('<%s> is at most %i characters in Chinese and has an en-US override', (local, limit, chinese, english) => {
    const { defaultValue = '', overrides: byLocale } = localisedValue(officeApp(local), NS.officeApp);
    const en = byLocale.get('en-US') ?? '';
    expect(defaultValue.startsWith(chinese)).toBe(true);
    expect(en.startsWith(english)).toBe(true);
    expect(Math.max(charCount(defaultValue), charCount(en))).toBeLessThanOrEqual(limit);
  });
});

describe('hosts and requirements', () => {
  it('runs in Excel only, in the base manifest and in the ribbon overrides', () => {
    const hosts = childrenNamed(officeApp('Hosts'), 'Host', NS.officeApp).map((host) => attribute(host, 'Name'));
    const overrideHosts = childrenNamed(overrides('Hosts', versionOverrides), 'Host', NS.taskPaneOverrides);
    expect(hosts).toEqual(['Workbook']);
    expect(overrideHosts.map(xsiType)).toEqual(['Workbook']);
  });

  it('asks for ExcelApi 1.1 only, so that old Office opens the page that says it is too old', () => {
    const sets = onlyChild(officeApp('Requirements'), 'Sets', NS.officeApp);
    const required = childrenNamed(sets, 'Set', NS.officeApp).map((set) => [attribute(set, 'Name'), attribute(set, 'MinVersion')]);
    expect(attribute(sets, 'DefaultMinVersion')).toBe('1.1');
    expect(required).toEqual([['ExcelApi', '1.1']]);
  });
});

describe('URLs', () => {
  const urls = descendants(manifest)
    .flatMap((element) => [...element.attributes.map((a) => a.value), element.text])
    .filter((value) => value.includes('://'));

  it('finds the manifest URLs (icons, pages, support)', () => {
    expect(urls.length).toBeGreaterThanOrEqual(9);
  });

  it.each(urls)('%s is https under the dev-server prefix the build rewrites', (url) => {
    expect(url.startsWith(DEV_PREFIX)).toBe(true);
    expect(charCount(url)).toBeLessThanOrEqual(2048);
  });

  it('opens the same page from My Add-ins (DefaultSettings) and from the ribbon button', () => {
    const defaultPage = attribute(onlyChild(officeApp('DefaultSettings'), 'SourceLocation', NS.officeApp), 'DefaultValue');
    const [buttonPage] = resourceText('Urls', attribute(overrides('SourceLocation', buttonAction), 'resid'));
    expect(defaultPage).toBe(`${DEV_PREFIX}taskpane.html`);
    expect(buttonPage).toBe(defaultPage);
  });
});

describe('icons', () => {
  /** Where an icon is named, its URL, and the size Office draws it at. */
  const iconUses: Array<[string, string, number]> = [
    // For a task pane add-in IconUrl must be 32×32 and HighResolutionIconUrl 64×64 (their manifest reference pages).
    ['IconUrl', attribute(officeApp('IconUrl'), 'DefaultValue') ?? '', 32],
    ['HighResolutionIconUrl', attribute(officeApp('HighResolutionIconUrl'), 'DefaultValue') ?? '', 64],
    ...resourceReferences(versionOverrides)
      .filter(({ element }) => element.local === 'Image')
      .map(({ element, resid }): [string, string, number] => [
        `bt:Image size=${attribute(element, 'size')} resid=${resid} (line ${element.line})`,
        resourceText('Images', resid)[0] ?? '',
        Number(attribute(element, 'size')),
      ]),
    ...resourceItems(versionOverrides, 'Images').map((image): [string, string, number] => {
      const id = attribute(image, 'id') ?? '';
      return [`resource ${id}`, attribute(image, 'DefaultValue') ?? '', Number(/^Icon\.(\d+)x\1$/.exec(id)?.[1])];
    }),
  ];

  it.each(iconUses)('%s is a PNG in assets/ of the size it is drawn at (%s, %i px)', (_where, url, size) => {
    expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w-]+\.png$/);
    // The dev server and the build serve assets/ at /assets/.
    const file = join(REPO, url.slice(DEV_PREFIX.length));
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect(readPngSize(bytes, file)).toEqual({ width: size, height: size });
    expect(bytes.length).toBeLessThanOrEqual(ICON_BYTES_MAX);
  });

  it.each(descendants(versionOverrides).filter((element) => element.local === 'Icon'))(
    'the ribbon icon list on line $line has the mandatory 16, 32 and 80 px images',
    (icon) => {
      const sizes = childrenNamed(icon, 'Image', NS.basicTypes).map((image) => attribute(image, 'size'));
      expect(sizes).toEqual(expect.arrayContaining(['16', '32', '80']));
    },
  );

  it.each(readdirSync(join(REPO, 'assets')).filter((name) => /^icon-\d+\.png$/.test(name)))(
    'assets/%s is as wide and high as its name says',
    (name) => {
      const size = Number(/\d+/.exec(name)?.[0]);
      expect(readPngSize(readFileSync(join(REPO, 'assets', name)), name)).toEqual({ width: size, height: size });
    },
  );
});

describe('the Home tab button', () => {
  it('is a button in a group on the Home tab of the primary command surface', () => {
    expect(xsiType(commandSurface)).toBe('PrimaryCommandSurface');
    expect(attribute(homeTab, 'id')).toBe('TabHome');
    expect(xsiType(button)).toBe('Button');
  });

  it('opens the task pane', () => {
    expect(xsiType(buttonAction)).toBe('ShowTaskpane');
    expect(overrides('TaskpaneId', buttonAction).text).toBe('ButtonId1');
    expect(attribute(overrides('SourceLocation', buttonAction), 'resid')).toBe('Taskpane.Url');
  });

  it('is labelled 绩效自评, in English Self-evaluation, in a group labelled 绩效自评', () => {
    expect(resourceText('ShortStrings', attribute(overrides('Label', button), 'resid'))).toEqual(['绩效自评', 'Self-evaluation']);
    expect(resourceText('ShortStrings', attribute(overrides('Label', group), 'resid'))[0]).toBe('绩效自评');
  });

  it('has a supertip with a title and a description', () => {
    const supertip = overrides('Supertip', button);
    expect(resourceText('ShortStrings', attribute(overrides('Title', supertip), 'resid'))[0]).toBe('绩效自评');
    expect(resourceText('LongStrings', attribute(overrides('Description', supertip), 'resid'))[0]).toMatch(/^打开/);
  });
});

describe('resources', () => {
  it.each(resourceReferences(versionOverrides).map(({ element, resid, collection }) => [element.local, resid, collection]))(
    '<%s resid="%s"> names a resource in bt:%s',
    (_local, resid, collection) => {
      expect(collection).toBeDefined();
      if (collection) expect(findResource(versionOverrides, collection, resid)).toBeDefined();
    },
  );

  it('gives every resource an id of at most 32 characters, used once', () => {
    const ids = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const)
      .flatMap((collection) => resourceItems(versionOverrides, collection))
      .map((item) => attribute(item, 'id') ?? '');
    expect(ids.filter((id) => id === '' || charCount(id) > RESOURCE_ID_MAX)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every resource element in the bt: namespace', () => {
    const resources = overrides('Resources', versionOverrides);
    expect(descendants(resources).slice(1).filter((element) => element.uri !== NS.basicTypes)).toEqual([]);
  });

  const strings = (['ShortStrings', 'LongStrings'] as const).flatMap((collection) =>
    resourceItems(versionOverrides, collection).map((item): [string, string, number, XmlElement] => [
      collection,
      attribute(item, 'id') ?? '',
      collection === 'ShortStrings' ? SHORT_STRING_MAX : LONG_STRING_MAX,
      item,
    ]),
  );

  it.each(strings)('bt:%s %s is at most %i characters and has an en-US override', (_collection, _id, limit, item) => {
    const { defaultValue = '', overrides: byLocale } = localisedValue(item, NS.basicTypes);
    const lengths = [defaultValue, ...byLocale.values()].map(charCount);
    expect(Math.min(...lengths)).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(limit);
    expect([...byLocale.keys()]).toContain('en-US');
  });
});

describe('office-addin-manifest info (offline; validate needs Microsoft\'s service)', () => {
  it('reads the manifest and prints its name and id', async () => {
    const cli = join(REPO, 'node_modules', 'office-addin-manifest', 'cli.js');
    // execFile rejects on a non-zero exit, so reaching the expectations means exit code 0.
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'info', 'manifest.xml'], { cwd: REPO });
    expect(stdout).toContain(`Id: ${officeApp('Id').text}`);
    expect(stdout).toContain('Name: 绩效自评助手');
    expect(stdout).toContain('Type: TaskPaneApp');
    expect(stdout).toContain('Hosts: Workbook');
    expect(stdout).toContain(`Source Location: ${DEV_PREFIX}taskpane.html`);
  }, 30_000);
});
