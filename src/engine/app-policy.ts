// `faceaudit app --policy`: judge one app package against its privacy policy with the rules that compare the
// two (PI-10: embedded SDKs vs the policy's SDK list; PI-16: permissions the policy does not explain).
// The rules need a subject; for a package alone it is a minimal one, a mobile app scenario.
import type { AppArtifact, PolicyArtifact } from '../core/artifacts.js';
import { emptyArtifacts } from '../core/artifacts.js';
import type { Finding } from '../core/types.js';
import { SubjectSchema } from '../subject/schema.js';
import { findRule } from '../rules/index.js';
import { evaluateRule, today } from './assess.js';

export const APP_POLICY_RULES = ['PI-10', 'PI-16'] as const;

export function compareAppWithPolicy(app: AppArtifact, policies: PolicyArtifact[], asOf = today()): Finding[] {
  const subject = SubjectSchema.parse({
    schemaVersion: 1,
    processor: { name: app.package ?? app.source },
    deployments: [{ id: 'app', name: app.package ?? 'app', scenarios: [{ id: 'app', name: app.package ?? 'app', type: 'remote-verification', setting: 'mobile-app' }] }],
  });
  const artifacts = { ...emptyArtifacts(), app: [app], policy: policies };
  return APP_POLICY_RULES.flatMap((id) => evaluateRule(findRule(id)!, subject, artifacts, asOf));
}
