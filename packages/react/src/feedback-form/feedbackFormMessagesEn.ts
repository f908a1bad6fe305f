// The English source catalogue of the feedback form; the other locales mirror every key (feedbackFormMessages.ts).
export const FEEDBACK_FORM_EN = {
  'feedbackForm.progress': '{answered} of {total} answered',
  'feedbackForm.sectionProgress': '{answered} of {total} answered in this section',
  'feedbackForm.required': 'Required',
  'feedbackForm.optional': 'Optional',
  'feedbackForm.notApplicable': 'Not applicable',
  'feedbackForm.levelLabel': '{value} – {label}',
  'feedbackForm.counter': { one: '{count} character', other: '{count} characters' },
  'feedbackForm.counterMax': '{count} of {max} characters',
  'feedbackForm.errorSummary': {
    one: 'There is {count} problem with your answers',
    other: 'There are {count} problems with your answers',
  },
  'feedbackForm.errorSummaryItem': '{prompt}: {error}',
  'feedbackForm.error.required': 'Answer this question.',
  'feedbackForm.error.type': 'This answer is not valid for this question.',
  'feedbackForm.error.scale': 'Choose a rating from {min} to {max}.',
  'feedbackForm.error.step': 'Choose one of the ratings shown.',
  'feedbackForm.error.option': 'Choose one of the options shown.',
  'feedbackForm.error.notApplicable': '“Not applicable” is not allowed for this question.',
  'feedbackForm.error.minLength': {
    one: 'Write at least {count} character.',
    other: 'Write at least {count} characters.',
  },
  'feedbackForm.error.maxLength': {
    one: 'Write at most {count} character.',
    other: 'Write at most {count} characters.',
  },
  'feedbackForm.error.server': 'The server rejected this answer: {message}',
  'feedbackForm.invalidTemplate': 'This feedback form cannot be shown: {message}',
  'feedbackForm.submit': 'Submit feedback',
  'feedbackForm.submitting': 'Submitting…',
  'feedbackForm.submitFailed': 'Your feedback could not be submitted. Your answers are kept.',
  'feedbackForm.retry': 'Retry',
  'feedbackForm.submitted': 'Thank you — your feedback was submitted.',
  'feedbackForm.submittedAnonymous': 'Thank you — your feedback was submitted anonymously.',
  'feedbackForm.sentAnswers': 'What you sent',
  'feedbackForm.noAnswer': 'No answer',
  'feedbackForm.offline':
    'You are offline. Keep going: your answers are saved on this device and sync when you are back online.',
  'feedbackForm.syncing': 'Back online — saving your draft.',
  'feedbackForm.draftRestored': 'Restored your draft from {time}.',
  'feedbackForm.draftDiscard': 'Discard draft',
  'feedbackForm.draftDiscarded': 'Draft discarded.',
  'feedbackForm.draftCorrupt': 'A saved draft on this device could not be read and was discarded.',
  'feedbackForm.draftOutdated': 'A saved draft from an older version of this form was discarded.',
  'feedbackForm.otherTab':
    'This draft is also open in another tab. Changes there and here may overwrite each other.',
  'feedbackForm.draftSaved': 'Draft saved',
  'feedbackForm.anonymous': 'Answer anonymously',
  'feedbackForm.anonymity.self': 'Self reviews are never anonymous: your name is shown with your answers.',
  'feedbackForm.anonymity.manager': {
    one: 'Manager feedback cannot be anonymous: you are the only manager, so your answers are shown as yours.',
    other: 'Manager feedback cannot be anonymous: manager answers are always shown on their own.',
  },
  'feedbackForm.anonymity.holds': {
    one: 'Your answers are shown only combined with at least {count} other rater in your group ({group}); your name is never shown.',
    other:
      'Your answers are shown only combined with at least {count} other raters in your group ({group}); your name is never shown.',
  },
  'feedbackForm.anonymity.small': {
    one: 'Only {count} rater was asked in your group ({group}), fewer than the {threshold} needed: your answers are merged with other small groups, or withheld if even that stays below {threshold}.',
    other:
      'Only {count} raters were asked in your group ({group}), fewer than the {threshold} needed: your answers are merged with other small groups, or withheld if even that stays below {threshold}.',
  },
  'feedbackForm.anonymity.unknown':
    'Your answers are shown only when at least {threshold} people in your group have answered; your name is never shown.',
  'feedbackForm.anonymity.notAllowed':
    'This form does not allow anonymous answers: your name is shown with your answers.',
  'feedbackForm.group.peer': 'peers',
  'feedbackForm.group.direct-report': 'direct reports',
  'feedbackForm.group.other': 'others',
  'feedbackForm.loading': 'Loading the feedback form…',
  'feedbackForm.loadFailed': 'The feedback form could not be loaded.',
  'feedbackForm.selection.any': 'Choose all that apply.',
  'feedbackForm.selection.atLeast': {
    one: 'Choose at least {count} option.',
    other: 'Choose at least {count} options.',
  },
  'feedbackForm.selection.atMost': {
    one: 'Choose up to {count} option.',
    other: 'Choose up to {count} options.',
  },
  'feedbackForm.selection.between': 'Choose {min} to {max} options.',
  'feedbackForm.selection.exactly': {
    one: 'Choose {count} option.',
    other: 'Choose exactly {count} options.',
  },
  'feedbackForm.error.duplicate': 'Choose each option only once.',
  'feedbackForm.error.minSelected': {
    one: 'Choose at least {count} option.',
    other: 'Choose at least {count} options.',
  },
  'feedbackForm.error.maxSelected': {
    one: 'Choose at most {count} option.',
    other: 'Choose at most {count} options.',
  },
} as const;
