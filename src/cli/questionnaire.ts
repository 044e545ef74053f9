import { questionnaireJson, questionnaireMarkdown, questionnaireXlsx } from '../questionnaire/render.js';

export async function questionnaireCommand(format: 'md' | 'json' | 'xlsx'): Promise<string | Buffer> {
  if (format === 'json') return questionnaireJson();
  if (format === 'xlsx') return questionnaireXlsx();
  return questionnaireMarkdown();
}
