// Public API of the filing dossier library (人脸识别技术应用备案 and 个人信息保护负责人信息报送).
// Pure functions over plain data, no HTTP or database: the platform server stores dossiers and calls these.
export * from './types.js';
export { FilingError, IncompleteDossierError, type FilingErrorCode } from './errors.js';
export {
  STEPS,
  FILING_NUMBER,
  guard,
  allowedActions,
  createDossier,
  startChange,
  startDeregistration,
  attach,
  detach,
  saveDraft,
  submit,
  returnFiling,
  approve,
  requestRectification,
  respondRectification,
  closeRectification,
  chinaDate,
  lastSubmittedOn,
  approvedOn,
  lastReturn,
  type At,
  type StepName,
  type CreateOptions,
  type AttachOptions,
  type SaveOptions,
} from './workflow.js';
export { checkCompleteness, evaluationInput, enteredForms, dossierFiles, type Completeness, type SlotReport, type PartReport, type Issue } from './completeness.js';
export { dossierDeadline, subjectWithDossier, obligationKind, type DossierDeadline } from './deadline.js';
export { dossierView, dossierForms, type DossierView } from './view.js';
export {
  FormInputSchema,
  FormInputError,
  parseFormInput,
  prefillFormInput,
  mergeFormInput,
  formContent,
  type FormInput,
  type ScenarioInput,
  type DocumentInput,
} from './form-input.js';
export { filingFormSpec, processorFormSpec, officerFormSpec, missingFields, type FormSpec, type FormField, type FormSection, type FormTable, type MissingField } from './form-spec.js';
export { filingFormXlsx, processorFormXlsx, filingForms, officerReport, officerReportXlsx, type OfficerReport, type OfficerReportResult, type FormOptions } from './forms.js';
export { renderForm, type GeneratedForm } from './xlsx.js';
export { describeUpload, UploadReadError } from './upload.js';
