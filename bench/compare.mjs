// `npm run bench -- --compare`: the same swagger files through Spectral's spectral:oas ruleset and Redocly's
// recommended ruleset, in this process, timed like our own run. Dev dependencies of the benchmark only.
import spectralCore from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { createConfig, lintFromString } from '@redocly/openapi-core';

/** Timed passes per tool; the figure is their median. */
const timedPasses = 3;

/**
 * Times a linter over every swagger; returns the median total in ms of its timed passes (each pass's total in
 * `passesMs`), the problems it found and the files it threw on. Every tool, ours included, first makes one untimed
 * pass over the same files, so that each is timed with its code compiled and optimised for them, as in a long-running
 * process (a build, a language server); the median then keeps one pass's garbage collection or a neighbour's burst of
 * work on the machine from deciding the figure.
 */
export async function timeAll(swaggers, lintOne) {
  let counts = await lintEach(swaggers, lintOne);
  const passesMs = [];
  for (let pass = 0; pass < timedPasses; pass++) {
    const start = performance.now();
    counts = await lintEach(swaggers, lintOne);
    passesMs.push(performance.now() - start);
  }
  return { ms: [...passesMs].sort((a, b) => a - b)[timedPasses >> 1], passesMs, ...counts };
}

async function lintEach(swaggers, lintOne) {
  let problems = 0;
  let threw = 0;
  for (const swagger of swaggers) {
    try {
      problems += await lintOne(swagger);
    } catch {
      threw += 1;
    }
  }
  return { problems, threw };
}

export async function comparePeers(swaggers) {
  const spectral = new spectralCore.Spectral();
  spectral.setRuleset(oas);
  const spectralRules = Object.values(spectral.ruleset.rules).filter((rule) => rule.enabled).length;
  const spectralRun = await timeAll(swaggers, async ({ name, text }) =>
    (await spectral.run(new spectralCore.Document(text, parsers.Json, `/${name}/apiDefinition.swagger.json`))).length,
  );

  const config = await createConfig({ extends: ['recommended'] });
  const redoclyRules = Object.values(config.rules.oas2 ?? {}).filter((rule) => (typeof rule === 'string' ? rule : rule?.severity) !== 'off').length;
  const redoclyRun = await timeAll(swaggers, async ({ name, text }) =>
    (await lintFromString({ source: text, absoluteRef: `/${name}/apiDefinition.swagger.json`, config })).length,
  );

  return [
    { tool: 'Spectral (spectral:oas)', rules: spectralRules, ...spectralRun },
    { tool: 'Redocly (recommended)', rules: redoclyRules, ...redoclyRun },
  ];
}
