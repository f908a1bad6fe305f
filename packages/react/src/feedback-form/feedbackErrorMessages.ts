// Messages for core's feedback errors (by code and question), shared by the form and the 360 summary catalogues.
import type { CatalogueLocale, Message } from '../i18n/defineMessages.js';

const EN = {
  'feedbackError.outOfScale': 'A response rates question “{question}” outside its scale.',
  'feedbackError.answer': 'A response answers question “{question}” in a way the question does not accept.',
  'feedbackError.duplicate': 'Two responses share an id or come from the same rater.',
  'feedbackError.scale': 'Question “{question}” has an invalid rating scale.',
  'feedbackError.noScale': 'Question “{question}” has no rating scale.',
  'feedbackError.question': 'Question “{question}” is not set up correctly (field “{field}”).',
  'feedbackError.duplicateQuestion': 'Two questions have the id “{question}”.',
  'feedbackError.missingId': 'A question, a response or the template has no id (field “{field}”).',
  'feedbackError.template': 'The template is not set up correctly (field “{field}”).',
  'feedbackError.response': 'A response is not valid (field “{field}”).',
  'feedbackError.other': 'The feedback data could not be read (error {code}).',
} as const;

/** A key of the feedback error messages. */
export type FeedbackErrorKey = keyof typeof EN;

/**
 * The feedback error messages per locale, spread into `FEEDBACK_FORM_MESSAGES` and `FEEDBACK_SUMMARY_MESSAGES`, so
 * either widget names the broken question in its reader's language.
 *
 * @example
 * const de = { ...FEEDBACK_ERROR_MESSAGES.de, 'feedbackForm.submit': 'Feedback absenden' };
 */
export const FEEDBACK_ERROR_MESSAGES: { readonly en: typeof EN } & {
  readonly [L in Exclude<CatalogueLocale, 'en'>]: Readonly<Record<FeedbackErrorKey, Message>>;
} = {
  en: EN,
  de: {
    'feedbackError.outOfScale': 'Eine Antwort bewertet Frage „{question}“ außerhalb ihrer Skala.',
    'feedbackError.answer': 'Eine Antwort auf Frage „{question}“ passt nicht zu dieser Frage.',
    'feedbackError.duplicate': 'Zwei Antworten haben dieselbe ID oder stammen von derselben Person.',
    'feedbackError.scale': 'Frage „{question}“ hat eine ungültige Bewertungsskala.',
    'feedbackError.noScale': 'Frage „{question}“ hat keine Bewertungsskala.',
    'feedbackError.question': 'Frage „{question}“ ist nicht richtig eingerichtet (Feld „{field}“).',
    'feedbackError.duplicateQuestion': 'Zwei Fragen haben die ID „{question}“.',
    'feedbackError.missingId': 'Einer Frage, einer Antwort oder der Vorlage fehlt die ID (Feld „{field}“).',
    'feedbackError.template': 'Die Vorlage ist nicht richtig eingerichtet (Feld „{field}“).',
    'feedbackError.response': 'Eine Antwort ist ungültig (Feld „{field}“).',
    'feedbackError.other': 'Die Feedback-Daten konnten nicht gelesen werden (Fehler {code}).',
  },
  fr: {
    'feedbackError.outOfScale': 'Une réponse note la question « {question} » hors de son échelle.',
    'feedbackError.answer': 'Une réponse à la question « {question} » ne correspond pas à cette question.',
    'feedbackError.duplicate': 'Deux réponses ont le même identifiant ou viennent du même évaluateur.',
    'feedbackError.scale': 'La question « {question} » a une échelle de notation invalide.',
    'feedbackError.noScale': 'La question « {question} » n’a pas d’échelle de notation.',
    'feedbackError.question': 'La question « {question} » est mal configurée (champ « {field} »).',
    'feedbackError.duplicateQuestion': 'Deux questions ont l’identifiant « {question} ».',
    'feedbackError.missingId':
      'Une question, une réponse ou le modèle n’a pas d’identifiant (champ « {field} »).',
    'feedbackError.template': 'Le modèle est mal configuré (champ « {field} »).',
    'feedbackError.response': 'Une réponse n’est pas valide (champ « {field} »).',
    'feedbackError.other': 'Les données de feedback n’ont pas pu être lues (erreur {code}).',
  },
  es: {
    'feedbackError.outOfScale': 'Una respuesta puntúa la pregunta «{question}» fuera de su escala.',
    'feedbackError.answer': 'Una respuesta a la pregunta «{question}» no es válida para esa pregunta.',
    'feedbackError.duplicate': 'Dos respuestas comparten un identificador o vienen del mismo evaluador.',
    'feedbackError.scale': 'La pregunta «{question}» tiene una escala de valoración no válida.',
    'feedbackError.noScale': 'La pregunta «{question}» no tiene escala de valoración.',
    'feedbackError.question': 'La pregunta «{question}» no está bien configurada (campo «{field}»).',
    'feedbackError.duplicateQuestion': 'Dos preguntas tienen el identificador «{question}».',
    'feedbackError.missingId':
      'Falta el identificador de una pregunta, una respuesta o la plantilla (campo «{field}»).',
    'feedbackError.template': 'La plantilla no está bien configurada (campo «{field}»).',
    'feedbackError.response': 'Una respuesta no es válida (campo «{field}»).',
    'feedbackError.other': 'No se pudieron leer los datos de feedback (error {code}).',
  },
  'pt-BR': {
    'feedbackError.outOfScale': 'Uma resposta avalia a pergunta “{question}” fora da escala.',
    'feedbackError.answer': 'Uma resposta à pergunta “{question}” não é válida para essa pergunta.',
    'feedbackError.duplicate': 'Duas respostas têm o mesmo identificador ou vêm do mesmo avaliador.',
    'feedbackError.scale': 'A pergunta “{question}” tem uma escala de avaliação inválida.',
    'feedbackError.noScale': 'A pergunta “{question}” não tem escala de avaliação.',
    'feedbackError.question': 'A pergunta “{question}” não está configurada corretamente (campo “{field}”).',
    'feedbackError.duplicateQuestion': 'Duas perguntas têm o identificador “{question}”.',
    'feedbackError.missingId':
      'Falta o identificador de uma pergunta, de uma resposta ou do modelo (campo “{field}”).',
    'feedbackError.template': 'O modelo não está configurado corretamente (campo “{field}”).',
    'feedbackError.response': 'Uma resposta não é válida (campo “{field}”).',
    'feedbackError.other': 'Não foi possível ler os dados de feedback (erro {code}).',
  },
  ja: {
    'feedbackError.outOfScale': '回答の 1 つが質問「{question}」を尺度の範囲外で評価しています。',
    'feedbackError.answer': '質問「{question}」への回答が、この質問では受け付けられない形式です。',
    'feedbackError.duplicate': '2 つの回答の ID が同じか、同じ評価者からの回答です。',
    'feedbackError.scale': '質問「{question}」の評価尺度が不正です。',
    'feedbackError.noScale': '質問「{question}」に評価尺度がありません。',
    'feedbackError.question': '質問「{question}」の設定が正しくありません（項目「{field}」）。',
    'feedbackError.duplicateQuestion': '2 つの質問の ID が「{question}」で重複しています。',
    'feedbackError.missingId': '質問、回答、またはテンプレートに ID がありません（項目「{field}」）。',
    'feedbackError.template': 'テンプレートの設定が正しくありません（項目「{field}」）。',
    'feedbackError.response': '回答の 1 つが不正です（項目「{field}」）。',
    'feedbackError.other': 'フィードバックのデータを読み込めませんでした（エラー {code}）。',
  },
  ar: {
    'feedbackError.outOfScale': 'أحد الردود يقيّم السؤال «{question}» خارج مقياسه.',
    'feedbackError.answer': 'إجابة عن السؤال «{question}» لا تناسب هذا السؤال.',
    'feedbackError.duplicate': 'ردّان يشتركان في المعرّف نفسه أو من المقيّم نفسه.',
    'feedbackError.scale': 'السؤال «{question}» له مقياس تقييم غير صالح.',
    'feedbackError.noScale': 'السؤال «{question}» بلا مقياس تقييم.',
    'feedbackError.question': 'السؤال «{question}» غير مُعدّ بشكل صحيح (الحقل «{field}»).',
    'feedbackError.duplicateQuestion': 'سؤالان لهما المعرّف «{question}».',
    'feedbackError.missingId': 'سؤال أو رد أو القالب بلا معرّف (الحقل «{field}»).',
    'feedbackError.template': 'القالب غير مُعدّ بشكل صحيح (الحقل «{field}»).',
    'feedbackError.response': 'أحد الردود غير صالح (الحقل «{field}»).',
    'feedbackError.other': 'تعذّرت قراءة بيانات الملاحظات (الخطأ {code}).',
  },
};
