// `npm run bench -- --compare`: the same swagger files through Spectral's spectral:oas ruleset and Redocly's
// recommended ruleset, in this process, timed like our own run. Dev dependencies of the benchmark only.
import spectralCore from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { createConfig, lintFromString } from '@redocly/openapi-core';

/** Times a linter over every swagger text; returns the total in ms, the problems it found and the files it threw on. */
async function timeAll(swaggers, lintOne) {
  let problems = 0;
  let threw = 0;
  const start = performance.now();
  for (const { name, text } of swaggers) {
    try {
      problems += await lintOne(name, text);
    } catch {
      threw += 1;
    }
  }
  return { ms: performance.now() - start, problems, threw };
}

export async function comparePeers(swaggers) {
  const spectral = new spectralCore.Spectral();
  spectral.setRuleset(oas);
  const spectralRules = Object.values(spectral.ruleset.rules).filter((rule) => rule.enabled).length;
  const spectralRun = await timeAll(swaggers, async (name, text) =>
    (await spectral.run(new spectralCore.Document(text, parsers.Json, `/${name}/apiDefinition.swagger.json`))).length,
  );

  const config = await createConfig({ extends: ['recommended'] });
  const redoclyRules = Object.values(config.rules.oas2 ?? {}).filter((rule) => (typeof rule === 'string' ? rule : rule?.severity) !== 'off').length;
  const redoclyRun = await timeAll(swaggers, async (name, text) =>
    (await lintFromString({ source: text, absoluteRef: `/${name}/apiDefinition.swagger.json`, config })).length,
  );

  return [
    { tool: 'Spectral (spectral:oas)', rules: spectralRules, ...spectralRun },
    { tool: 'Redocly (recommended)', rules: redoclyRules, ...redoclyRun },
  ];
}
