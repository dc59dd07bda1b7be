import { attribute, childrenNamed, descendants, NS, onlyChild, type XmlElement } from './readXml';

/** The four resource collections of VersionOverrides and the name of their items (OfficeAppBasicTypesV1_0.xsd). */
export const RESOURCE_COLLECTIONS = {
  Images: 'Image',
  Urls: 'Url',
  ShortStrings: 'String',
  LongStrings: 'String',
} as const;

export type ResourceCollection = keyof typeof RESOURCE_COLLECTIONS;

/**
 * Which collection a `resid` must point into, by the referring element's name: the schema types each
 * reference (ImageResourceReference, URLResourceReference, Short…, Long…), and Office will not show a
 * button whose Label names a LongString or whose Supertip Description names a ShortString.
 */
export const RESID_COLLECTION: Record<string, ResourceCollection> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export interface LocalisedValue {
  defaultValue: string | undefined;
  /** Locale → value, from the element's <Override Locale Value/> children. */
  overrides: Map<string, string>;
}

/** DefaultValue and its locale overrides; `overrideUri` is the namespace the Override elements live in. */
export function localisedValue(element: XmlElement, overrideUri: string): LocalisedValue {
  const overrides = new Map<string, string>();
  for (const override of childrenNamed(element, 'Override', overrideUri)) {
    overrides.set(attribute(override, 'Locale') ?? '', attribute(override, 'Value') ?? '');
  }
  return { defaultValue: attribute(element, 'DefaultValue'), overrides };
}

export function resourceItems(versionOverrides: XmlElement, collection: ResourceCollection): XmlElement[] {
  const resources = onlyChild(versionOverrides, 'Resources', NS.taskPaneOverrides);
  return childrenNamed(onlyChild(resources, collection, NS.basicTypes), RESOURCE_COLLECTIONS[collection], NS.basicTypes);
}

export function findResource(
  versionOverrides: XmlElement,
  collection: ResourceCollection,
  id: string,
): XmlElement | undefined {
  return resourceItems(versionOverrides, collection).find((item) => attribute(item, 'id') === id);
}

/** Every element under VersionOverrides/Hosts that names a resource, with the collection it must be in. */
export function resourceReferences(
  versionOverrides: XmlElement,
): Array<{ element: XmlElement; resid: string; collection: ResourceCollection | undefined }> {
  const hosts = onlyChild(versionOverrides, 'Hosts', NS.taskPaneOverrides);
  return descendants(hosts)
    .map((element) => ({ element, resid: attribute(element, 'resid') }))
    .filter((reference): reference is { element: XmlElement; resid: string } => reference.resid !== undefined)
    .map((reference) => ({ ...reference, collection: RESID_COLLECTION[reference.element.local] }));
}
