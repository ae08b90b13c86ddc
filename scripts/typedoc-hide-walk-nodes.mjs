// TypeDoc plugin: the node shapes of the walk (src/core/nodes.ts) stay exported for rule authors' types, but the API
// reference leaves them out: a rule gets them through `Visitors`, whose `NodeKinds` table names each one.
import { Converter, ReflectionKind } from 'typedoc';

const walkNodes = /[\\/]src[\\/]core[\\/]nodes\.ts$/;

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
      if (reflection.name === 'NodeKinds') continue;
      const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
      if (declaration && walkNodes.test(declaration.getSourceFile().fileName)) project.removeReflection(reflection);
    }
  });
}
