// Artifacts: the facts collectors gather, with no judgement in them. Rules consume these types.
// Each analyzer (policy, app, traffic, page) fills one of them; a rule that needs an artifact that was
// not supplied returns `needs-evidence` naming the artifact kind.

/** Disclosure items of requirements.md §8: the contract between the policy analyzer and the rules. */
export const POLICY_ITEMS = [
  'controller-identity',
  'controller-contact',
  'purpose',
  'data-types',
  'processing-method',
  'retention',
  'rights',
  'withdraw-consent',
  'complaint-channel',
  'security-measures',
  'incident-notice',
  'minors',
  'sensitive-pi',
  'third-party-sharing',
  'sdk-list',
  'cross-border',
  'personalization',
  'policy-update',
  'face-info',
  'face-purpose-method',
  'face-retention',
  'face-separate-consent',
  'face-alternative',
  'face-deletion',
  'face-no-sharing',
] as const;
export type PolicyItemId = (typeof POLICY_ITEMS)[number];

export interface PolicySentence {
  text: string;
  /** Offsets into PolicyArtifact.text (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
  tags: PolicyItemId[];
  /** Why each tag fired: tag → pattern or feature name. */
  why?: Partial<Record<PolicyItemId, string>>;
  /** Heading path of the section the sentence is in, e.g. ["三、我们如何使用", "(一) 人脸信息"]. */
  section?: string[];
}

export interface PolicyItem {
  present: boolean;
  /** Indexes into PolicyArtifact.sentences. */
  sentences: number[];
}

export interface PolicySdkRow {
  name: string;
  company?: string;
  data?: string;
  purpose?: string;
  permissions?: string;
  policyUrl?: string;
}

/** What the policy says about face information; undefined = the policy does not say. */
export interface PolicyFaceStatements {
  mentioned: boolean;
  /** 'local' = processed on the device only; 'remote' = sent to a server for comparison. */
  processing?: 'local' | 'remote' | 'both';
  retention?: string;
  shared?: boolean; // true: says it shares; false: says it does not share
  separateConsent?: boolean;
  alternative?: boolean;
  deletionPath?: string;
  /** The policy says face info is used for profiling / targeted push (a violation of TAF-6.3a). */
  profiling?: boolean;
}

export interface PolicyProblem {
  id: string; // e.g. "face-profiling", "deletion-on-site-only", "contradiction", "vague-purpose"
  message: { zh: string; en: string };
  sentences: number[];
}

/** IDs of the problem hints the analyzer emits (PolicyArtifact.problems); rules select hints by these. */
export const POLICY_PROBLEM_IDS = [
  'missing-items',
  'contradiction',
  'face-profiling',
  'deletion-on-site-only',
  'deletion-exact-history',
  'vague-purpose',
  'minors-without-rules',
  'open-ended-scope',
  'reward-for-data',
  'forced-update-consent',
  'deemed-consent',
  'improvement-purpose',
  'improvement-forced',
  'face-pretext',
] as const;
export type PolicyProblemId = (typeof POLICY_PROBLEM_IDS)[number];

/** Statements the analyzer recognises that are practices, not problems (PolicyArtifact.facts.statements). */
export const POLICY_STATEMENT_IDS = [
  'collection-off',
  'personalization-use',
  'personalization-off',
  'tag-deletion',
  'minors-rules-reference',
  'guardian-consent',
  'separate-consent',
  'transfer-abroad',
  'abroad-recipient',
  'abroad-contact',
  'abroad-purpose',
  'abroad-method',
  'abroad-types',
  'abroad-rights',
] as const;
export type PolicyStatementId = (typeof POLICY_STATEMENT_IDS)[number];

/** A statement the policy makes, e.g. that a collection can be switched off; sentences as in PolicyProblem. */
export interface PolicyStatement {
  id: PolicyStatementId;
  message: { zh: string; en: string };
  sentences: number[];
}

export interface PolicyArtifact {
  kind: 'policy';
  /** File the text came from. */
  source: string;
  /** Clean plain text; sentence offsets index into it. */
  text: string;
  /** Detected input encoding, e.g. "utf-8", "gb18030", "utf-16le". */
  encoding?: string;
  headings: { text: string; level: number; start: number }[];
  sentences: PolicySentence[];
  items: Record<PolicyItemId, PolicyItem>;
  facts: {
    controllers: string[];
    contacts: { type: 'phone' | 'email' | 'address' | 'form'; value: string }[];
    effectiveDate?: string; // YYYY-MM-DD
    updatedDate?: string;
    retention: { text: string; days?: number; rule?: 'until-purpose' | 'legal-minimum' | 'account-lifetime' }[];
    dataTypes: string[];
    purposes: string[];
    sdks: PolicySdkRow[];
    face: PolicyFaceStatements;
    /** Practices the policy states (switches, guardian consent…); absent in artifacts made before they existed. */
    statements?: PolicyStatement[];
    /** The document is itself the dedicated rules for children's information (by its title or file name). */
    minorsDocument?: boolean;
  };
  problems: PolicyProblem[];
}

export type SdkCategory =
  | 'face-recognition'
  | 'liveness'
  | 'id-ocr'
  | 'analytics'
  | 'ads'
  | 'push'
  | 'crash'
  | 'payment'
  | 'map'
  | 'social'
  | 'browser-kernel'
  | 'other';

export interface AppSdk {
  id: string; // from the signature file, e.g. "megvii-faceid"
  name: string;
  vendor: string;
  categories: SdkCategory[];
  /** Processes face data. */
  face: boolean;
  /** Where face comparison happens for this SDK, as its vendor documents it. */
  comparison?: 'local' | 'cloud' | 'both' | 'unknown';
  /** How it was recognised: "package com.megvii.meglive", "native lib libmegface.so"… */
  evidence: string[];
}

export interface AppModelFile {
  path: string;
  sha256: string;
  size: number;
  format: string; // tflite, onnx, ncnn, mnn, bin…
  /** The face-related term in the file name ("face", "landmark", "liveness", "blazeface"…), when there is one. */
  faceHint?: string;
}

/** A sensitive permission the package requests and what in the package needs it (app analyzer). */
export interface AppPermissionUse {
  permission: string;
  /** camera, microphone, location, sensors, contacts, phone, sms, call-log, calendar, photos-storage, biometric. */
  group: string;
  /** What needs it: "api android.hardware.camera2.CameraManager", "sdk megvii-faceid (liveness)". Empty = nothing found. */
  usedBy: string[];
}

/** Facts the rules use, derived from the package without judging it. */
export interface AppFacts {
  face: {
    /** A face SDK (face: true in the signature file) is present. */
    present: boolean;
    sdks: string[];
    /** Where comparison happens, from the face SDKs' documented behaviour; undefined without a face SDK. */
    comparison?: 'local' | 'cloud' | 'both' | 'unknown';
    /** Model files whose names are face related. */
    models: string[];
  };
  liveness: { present: boolean; sdks: string[]; models: string[] };
  /** Sensitive permissions requested (Android permissions, iOS usage keys, HarmonyOS permissions) and their users. */
  sensitivePermissions: AppPermissionUse[];
  /** Sensitive permissions requested with nothing found in the code or SDKs that needs them (only when code was read). */
  unusedSensitivePermissions: string[];
  /** Whether code (DEX, class files, executables, ABC) was read: without it "unused" cannot be concluded. */
  codeAnalysed: boolean;
}

export interface AppArtifact {
  kind: 'app';
  source: string;
  platform: 'android' | 'ios' | 'harmony' | 'sdk';
  package?: string;
  version?: string;
  minSdk?: number;
  targetSdk?: number;
  permissions: string[];
  /** Usage strings (iOS NS*UsageDescription) keyed by key. */
  usageDescriptions?: Record<string, string>;
  sdks: AppSdk[];
  nativeLibs: string[];
  models: AppModelFile[];
  /** Hosts and URLs found in code or resources. */
  hosts: string[];
  classCount?: number;
  /** Package kind detected from the bytes: apk, aab, apks, xapk, ipa, hap, harmony-app, aar, jar, dex. */
  format?: string;
  /** Android versionCode / iOS CFBundleVersion / HarmonyOS versionCode. */
  build?: string;
  /** Native library ABIs (lib/<abi>/). */
  abis?: string[];
  /** Manifest components (Android activities/services/receivers/providers, HarmonyOS abilities), fully qualified. */
  components?: string[];
  facts?: AppFacts;
  /** Things noticed while reading that the reader should know (missing manifest, duplicate entries…). */
  warnings?: string[];
}

export interface TrafficRequest {
  method: string;
  url: string;
  host: string;
  scheme: 'http' | 'https' | 'ws' | 'wss' | 'other';
  status?: number;
  requestMime?: string;
  requestBytes: number;
  /** A face image or template appears in the request (base64 JPEG/PNG, multipart image, face API path). */
  faceData?: { detected: boolean; reason: string };
  /** Third-party (not the app's own) host, with the SDK it belongs to when known. */
  thirdParty?: { sdkId?: string; name?: string };
  /** Personal data fields seen in the request (imei, phone, location…). */
  personalData?: string[];
  startedAt?: string;
}

export interface TrafficArtifact {
  kind: 'traffic';
  source: string;
  requests: TrafficRequest[];
}

export interface PageArtifact {
  kind: 'page';
  url: string;
  /** Clicks from the entry page to the privacy policy; undefined = not found. */
  clicksToPolicy?: number;
  consentDialog?: {
    present: boolean;
    buttons: string[]; // visible labels, e.g. ["同意", "拒绝"]
    preTicked: boolean;
    separateForFace?: boolean;
  };
  faceAlternative?: { offered: boolean; label?: string; steps?: number };
  refuseStillWorks?: boolean;
  screenshots: string[];
  notes: string[];
}

/** Facts about one evidence document of the subject's manifest, read from its bytes (not its name). */
export interface DocumentArtifact {
  kind: 'document';
  /** Evidence item ID (or its path when it has none) and kind from the manifest. */
  evidenceId: string;
  evidenceKind: string;
  /** Absolute path of the file read. */
  source: string;
  size: number;
  /** Format detected from magic bytes; 'unknown' when none matched. */
  format: 'pdf' | 'ofd' | 'png' | 'jpeg' | 'xlsx' | 'xls' | 'et' | 'docx' | 'doc' | 'zip' | 'text' | 'unknown';
  sha256: string;
  /** Extension of the file name, lower case, without the dot. */
  extension: string;
  /** What the bytes showed, in plain words (e.g. "OLE2 compound file with stream 'Workbook'"), and what they cannot tell. */
  detail?: string;
}

export type Artifact = PolicyArtifact | AppArtifact | TrafficArtifact | PageArtifact | DocumentArtifact;

/** All artifacts supplied to one assessment, by kind. Several of a kind are allowed. */
export interface ArtifactSet {
  policy: PolicyArtifact[];
  app: AppArtifact[];
  traffic: TrafficArtifact[];
  page: PageArtifact[];
  document: DocumentArtifact[];
}

export function emptyArtifacts(): ArtifactSet {
  return { policy: [], app: [], traffic: [], page: [], document: [] };
}
