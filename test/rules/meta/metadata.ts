/** Builders of `x-ms-connector-metadata` patches for the meta-* cases (merge patches replace arrays whole). */

export const website = { propertyName: 'Website', propertyValue: 'https://tidewatch.example.com' };
export const privacyPolicy = { propertyName: 'Privacy policy', propertyValue: 'https://tidewatch.example.com/privacy' };
export const categories = (value: unknown) => ({ propertyName: 'Categories', propertyValue: value });

/** The example with these metadata entries. */
export function metadata(...entries: unknown[]) {
  return { apiDefinition: { 'x-ms-connector-metadata': entries } };
}

/** The example with this Categories value and the other two entries unchanged. */
export function withCategories(value: unknown) {
  return metadata(website, privacyPolicy, categories(value));
}
