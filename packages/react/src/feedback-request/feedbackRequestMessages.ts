// The feedback request picker's messages in every catalogue locale.
import { defineMessages } from '../i18n/defineMessages.js';

/**
 * The feedback request picker's messages in every catalogue locale; override any key through the provider's `messages`.
 *
 * @example
 * <NorthstarProvider messages={{ 'feedbackRequest.title': 'Ask for a 360' }}>…</NorthstarProvider>
 */
export const FEEDBACK_REQUEST_MESSAGES = defineMessages({
  en: {
    'feedbackRequest.title': 'Request feedback',
    'feedbackRequest.subject': 'Feedback on {name}',
    'feedbackRequest.search': 'Search people',
    'feedbackRequest.searchHint': 'Name, title, email or department.',
    'feedbackRequest.people': 'People',
    'feedbackRequest.results': { one: '{count} person found', other: '{count} people found' },
    'feedbackRequest.more': 'Showing the first {shown} of {count}: search to narrow the list.',
    'feedbackRequest.alreadyAsked': 'Already asked',
    'feedbackRequest.chosen': 'Chosen raters',
    'feedbackRequest.noneChosen': 'Nobody chosen yet: tick people in the list.',
    'feedbackRequest.relationshipOf': 'Relationship of {name}',
    'feedbackRequest.relationship.manager': 'Manager',
    'feedbackRequest.relationship.peer': 'Peer',
    'feedbackRequest.relationship.direct-report': 'Direct report',
    'feedbackRequest.relationship.other': 'Other',
    'feedbackRequest.remove': 'Remove {name}',
    'feedbackRequest.groups': 'Anonymity by group',
    'feedbackRequest.groupsHint': 'Choose raters to see whether each group stays anonymous.',
    'feedbackRequest.group.peer.below': {
      one: '{count} peer chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
      other:
        '{count} peers chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
    },
    'feedbackRequest.group.peer.holds': {
      one: '{count} peer chosen: enough for anonymous answers ({threshold} needed).',
      other: '{count} peers chosen: enough for anonymous answers ({threshold} needed).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: '{count} direct report chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
      other:
        '{count} direct reports chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: '{count} direct report chosen: enough for anonymous answers ({threshold} needed).',
      other: '{count} direct reports chosen: enough for anonymous answers ({threshold} needed).',
    },
    'feedbackRequest.group.other.below': {
      one: '{count} other rater chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
      other:
        '{count} other raters chosen: fewer than {threshold}, their answers will be merged with other small groups or withheld.',
    },
    'feedbackRequest.group.other.holds': {
      one: '{count} other rater chosen: enough for anonymous answers ({threshold} needed).',
      other: '{count} other raters chosen: enough for anonymous answers ({threshold} needed).',
    },
    'feedbackRequest.group.manager.shown': {
      one: '{count} manager chosen: manager answers are always shown as theirs, never anonymously.',
      other: '{count} managers chosen: manager answers are always shown as theirs, never anonymously.',
    },
    'feedbackRequest.askedBefore': {
      one: 'This includes {count} person asked before.',
      other: 'This includes {count} people asked before.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'Request feedback',
    'feedbackRequest.send': {
      one: 'Request feedback from {count} person',
      other: 'Request feedback from {count} people',
    },
    'feedbackRequest.sending': 'Sending requests…',
    'feedbackRequest.failed': 'The requests could not be sent. Your choices are kept.',
    'feedbackRequest.retry': 'Retry',
    'feedbackRequest.sent': {
      one: 'Feedback requested from {count} person.',
      other: 'Feedback requested from {count} people.',
    },
    'feedbackRequest.again': 'Request more feedback',
    'feedbackRequest.loading': 'Loading people…',
    'feedbackRequest.loadFailed': 'The people directory could not be loaded.',
    'feedbackRequest.cannotSend': 'Feedback requests cannot be sent from here.',
  },
  de: {
    'feedbackRequest.title': 'Feedback anfordern',
    'feedbackRequest.subject': 'Feedback zu {name}',
    'feedbackRequest.search': 'Personen suchen',
    'feedbackRequest.searchHint': 'Name, Position, E-Mail oder Abteilung.',
    'feedbackRequest.people': 'Personen',
    'feedbackRequest.results': { one: '{count} Person gefunden', other: '{count} Personen gefunden' },
    'feedbackRequest.more':
      'Die ersten {shown} von {count} werden angezeigt: Suchen Sie, um die Liste einzugrenzen.',
    'feedbackRequest.alreadyAsked': 'Bereits angefragt',
    'feedbackRequest.chosen': 'Ausgewählte Bewertende',
    'feedbackRequest.noneChosen': 'Noch niemand ausgewählt: Haken Sie Personen in der Liste an.',
    'feedbackRequest.relationshipOf': 'Beziehung von {name}',
    'feedbackRequest.relationship.manager': 'Führungskraft',
    'feedbackRequest.relationship.peer': 'Kollegin oder Kollege',
    'feedbackRequest.relationship.direct-report': 'Direkt unterstellt',
    'feedbackRequest.relationship.other': 'Sonstige',
    'feedbackRequest.remove': '{name} entfernen',
    'feedbackRequest.groups': 'Anonymität je Gruppe',
    'feedbackRequest.groupsHint':
      'Wählen Sie bewertende Personen, um zu sehen, ob jede Gruppe anonym bleibt.',
    'feedbackRequest.group.peer.below': {
      one: '{count} Kollegin oder Kollege ausgewählt: weniger als {threshold}, die Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
      other:
        '{count} Kolleginnen und Kollegen ausgewählt: weniger als {threshold}, ihre Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
    },
    'feedbackRequest.group.peer.holds': {
      one: '{count} Kollegin oder Kollege ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
      other: '{count} Kolleginnen und Kollegen ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: '{count} direkt unterstellte Person ausgewählt: weniger als {threshold}, die Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
      other:
        '{count} direkt unterstellte Personen ausgewählt: weniger als {threshold}, ihre Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: '{count} direkt unterstellte Person ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
      other:
        '{count} direkt unterstellte Personen ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
    },
    'feedbackRequest.group.other.below': {
      one: '{count} weitere bewertende Person ausgewählt: weniger als {threshold}, die Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
      other:
        '{count} weitere bewertende Personen ausgewählt: weniger als {threshold}, ihre Antworten werden mit anderen kleinen Gruppen zusammengefasst oder zurückgehalten.',
    },
    'feedbackRequest.group.other.holds': {
      one: '{count} weitere bewertende Person ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
      other:
        '{count} weitere bewertende Personen ausgewählt: genug für anonyme Antworten ({threshold} nötig).',
    },
    'feedbackRequest.group.manager.shown': {
      one: '{count} Führungskraft ausgewählt: Antworten von Führungskräften werden immer als ihre gezeigt, nie anonym.',
      other:
        '{count} Führungskräfte ausgewählt: Antworten von Führungskräften werden immer als ihre gezeigt, nie anonym.',
    },
    'feedbackRequest.askedBefore': {
      one: 'Darin ist {count} bereits angefragte Person enthalten.',
      other: 'Darin sind {count} bereits angefragte Personen enthalten.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'Feedback anfordern',
    'feedbackRequest.send': {
      one: 'Feedback von {count} Person anfordern',
      other: 'Feedback von {count} Personen anfordern',
    },
    'feedbackRequest.sending': 'Anfragen werden gesendet …',
    'feedbackRequest.failed': 'Die Anfragen konnten nicht gesendet werden. Ihre Auswahl bleibt erhalten.',
    'feedbackRequest.retry': 'Erneut versuchen',
    'feedbackRequest.sent': {
      one: 'Feedback von {count} Person angefordert.',
      other: 'Feedback von {count} Personen angefordert.',
    },
    'feedbackRequest.again': 'Weiteres Feedback anfordern',
    'feedbackRequest.loading': 'Personen werden geladen …',
    'feedbackRequest.loadFailed': 'Das Personenverzeichnis konnte nicht geladen werden.',
    'feedbackRequest.cannotSend': 'Von hier aus können keine Feedback-Anfragen gesendet werden.',
  },
  fr: {
    'feedbackRequest.title': 'Demander du feedback',
    'feedbackRequest.subject': 'Feedback sur {name}',
    'feedbackRequest.search': 'Rechercher des personnes',
    'feedbackRequest.searchHint': 'Nom, poste, e-mail ou service.',
    'feedbackRequest.people': 'Personnes',
    'feedbackRequest.results': { one: '{count} personne trouvée', other: '{count} personnes trouvées' },
    'feedbackRequest.more': 'Affichage des {shown} premiers sur {count} : recherchez pour affiner la liste.',
    'feedbackRequest.alreadyAsked': 'Déjà sollicité',
    'feedbackRequest.chosen': 'Évaluateurs choisis',
    'feedbackRequest.noneChosen': 'Personne n’est encore choisi : cochez des personnes dans la liste.',
    'feedbackRequest.relationshipOf': 'Relation de {name}',
    'feedbackRequest.relationship.manager': 'Responsable',
    'feedbackRequest.relationship.peer': 'Pair',
    'feedbackRequest.relationship.direct-report': 'Collaborateur direct',
    'feedbackRequest.relationship.other': 'Autre',
    'feedbackRequest.remove': 'Retirer {name}',
    'feedbackRequest.groups': 'Anonymat par groupe',
    'feedbackRequest.groupsHint': 'Choisissez des évaluateurs pour voir si chaque groupe reste anonyme.',
    'feedbackRequest.group.peer.below': {
      one: '{count} pair choisi : moins de {threshold}, ses réponses seront regroupées avec d’autres petits groupes ou masquées.',
      other:
        '{count} pairs choisis : moins de {threshold}, leurs réponses seront regroupées avec d’autres petits groupes ou masquées.',
    },
    'feedbackRequest.group.peer.holds': {
      one: '{count} pair choisi : assez pour des réponses anonymes ({threshold} requis).',
      other: '{count} pairs choisis : assez pour des réponses anonymes ({threshold} requis).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: '{count} collaborateur direct choisi : moins de {threshold}, ses réponses seront regroupées avec d’autres petits groupes ou masquées.',
      other:
        '{count} collaborateurs directs choisis : moins de {threshold}, leurs réponses seront regroupées avec d’autres petits groupes ou masquées.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: '{count} collaborateur direct choisi : assez pour des réponses anonymes ({threshold} requis).',
      other:
        '{count} collaborateurs directs choisis : assez pour des réponses anonymes ({threshold} requis).',
    },
    'feedbackRequest.group.other.below': {
      one: '{count} autre évaluateur choisi : moins de {threshold}, ses réponses seront regroupées avec d’autres petits groupes ou masquées.',
      other:
        '{count} autres évaluateurs choisis : moins de {threshold}, leurs réponses seront regroupées avec d’autres petits groupes ou masquées.',
    },
    'feedbackRequest.group.other.holds': {
      one: '{count} autre évaluateur choisi : assez pour des réponses anonymes ({threshold} requis).',
      other: '{count} autres évaluateurs choisis : assez pour des réponses anonymes ({threshold} requis).',
    },
    'feedbackRequest.group.manager.shown': {
      one: '{count} responsable choisi : les réponses des responsables sont toujours affichées comme les leurs, jamais anonymement.',
      other:
        '{count} responsables choisis : les réponses des responsables sont toujours affichées comme les leurs, jamais anonymement.',
    },
    'feedbackRequest.askedBefore': {
      one: 'Cela inclut {count} personne déjà sollicitée.',
      other: 'Cela inclut {count} personnes déjà sollicitées.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'Demander du feedback',
    'feedbackRequest.send': {
      one: 'Demander du feedback à {count} personne',
      other: 'Demander du feedback à {count} personnes',
    },
    'feedbackRequest.sending': 'Envoi des demandes…',
    'feedbackRequest.failed': 'Les demandes n’ont pas pu être envoyées. Vos choix sont conservés.',
    'feedbackRequest.retry': 'Réessayer',
    'feedbackRequest.sent': {
      one: 'Feedback demandé à {count} personne.',
      other: 'Feedback demandé à {count} personnes.',
    },
    'feedbackRequest.again': 'Demander d’autres feedbacks',
    'feedbackRequest.loading': 'Chargement des personnes…',
    'feedbackRequest.loadFailed': 'L’annuaire n’a pas pu être chargé.',
    'feedbackRequest.cannotSend': 'Les demandes de feedback ne peuvent pas être envoyées d’ici.',
  },
  es: {
    'feedbackRequest.title': 'Solicitar feedback',
    'feedbackRequest.subject': 'Feedback sobre {name}',
    'feedbackRequest.search': 'Buscar personas',
    'feedbackRequest.searchHint': 'Nombre, puesto, correo o departamento.',
    'feedbackRequest.people': 'Personas',
    'feedbackRequest.results': { one: '{count} persona encontrada', other: '{count} personas encontradas' },
    'feedbackRequest.more': 'Se muestran los primeros {shown} de {count}: busque para acotar la lista.',
    'feedbackRequest.alreadyAsked': 'Ya solicitado',
    'feedbackRequest.chosen': 'Evaluadores elegidos',
    'feedbackRequest.noneChosen': 'Todavía no ha elegido a nadie: marque personas en la lista.',
    'feedbackRequest.relationshipOf': 'Relación de {name}',
    'feedbackRequest.relationship.manager': 'Responsable',
    'feedbackRequest.relationship.peer': 'Compañero',
    'feedbackRequest.relationship.direct-report': 'Subordinado directo',
    'feedbackRequest.relationship.other': 'Otro',
    'feedbackRequest.remove': 'Quitar a {name}',
    'feedbackRequest.groups': 'Anonimato por grupo',
    'feedbackRequest.groupsHint': 'Elija evaluadores para ver si cada grupo sigue siendo anónimo.',
    'feedbackRequest.group.peer.below': {
      one: '{count} compañero elegido: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
      other:
        '{count} compañeros elegidos: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
    },
    'feedbackRequest.group.peer.holds': {
      one: '{count} compañero elegido: suficiente para respuestas anónimas (se necesitan {threshold}).',
      other: '{count} compañeros elegidos: suficientes para respuestas anónimas (se necesitan {threshold}).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: '{count} subordinado directo elegido: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
      other:
        '{count} subordinados directos elegidos: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: '{count} subordinado directo elegido: suficiente para respuestas anónimas (se necesitan {threshold}).',
      other:
        '{count} subordinados directos elegidos: suficientes para respuestas anónimas (se necesitan {threshold}).',
    },
    'feedbackRequest.group.other.below': {
      one: '{count} otro evaluador elegido: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
      other:
        '{count} otros evaluadores elegidos: menos de {threshold}, sus respuestas se combinarán con otros grupos pequeños o se ocultarán.',
    },
    'feedbackRequest.group.other.holds': {
      one: '{count} otro evaluador elegido: suficiente para respuestas anónimas (se necesitan {threshold}).',
      other:
        '{count} otros evaluadores elegidos: suficientes para respuestas anónimas (se necesitan {threshold}).',
    },
    'feedbackRequest.group.manager.shown': {
      one: '{count} responsable elegido: las respuestas de los responsables siempre se muestran como suyas, nunca de forma anónima.',
      other:
        '{count} responsables elegidos: las respuestas de los responsables siempre se muestran como suyas, nunca de forma anónima.',
    },
    'feedbackRequest.askedBefore': {
      one: 'Incluye {count} persona ya solicitada.',
      other: 'Incluye {count} personas ya solicitadas.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'Solicitar feedback',
    'feedbackRequest.send': {
      one: 'Solicitar feedback a {count} persona',
      other: 'Solicitar feedback a {count} personas',
    },
    'feedbackRequest.sending': 'Enviando solicitudes…',
    'feedbackRequest.failed': 'No se pudieron enviar las solicitudes. Se conservan sus elecciones.',
    'feedbackRequest.retry': 'Reintentar',
    'feedbackRequest.sent': {
      one: 'Feedback solicitado a {count} persona.',
      other: 'Feedback solicitado a {count} personas.',
    },
    'feedbackRequest.again': 'Solicitar más feedback',
    'feedbackRequest.loading': 'Cargando personas…',
    'feedbackRequest.loadFailed': 'No se pudo cargar el directorio de personas.',
    'feedbackRequest.cannotSend': 'Desde aquí no se pueden enviar solicitudes de feedback.',
  },
  'pt-BR': {
    'feedbackRequest.title': 'Solicitar feedback',
    'feedbackRequest.subject': 'Feedback sobre {name}',
    'feedbackRequest.search': 'Pesquisar pessoas',
    'feedbackRequest.searchHint': 'Nome, cargo, e-mail ou departamento.',
    'feedbackRequest.people': 'Pessoas',
    'feedbackRequest.results': { one: '{count} pessoa encontrada', other: '{count} pessoas encontradas' },
    'feedbackRequest.more': 'Mostrando os primeiros {shown} de {count}: pesquise para filtrar a lista.',
    'feedbackRequest.alreadyAsked': 'Já solicitado',
    'feedbackRequest.chosen': 'Avaliadores escolhidos',
    'feedbackRequest.noneChosen': 'Ninguém escolhido ainda: marque pessoas na lista.',
    'feedbackRequest.relationshipOf': 'Relação de {name}',
    'feedbackRequest.relationship.manager': 'Gestor',
    'feedbackRequest.relationship.peer': 'Colega',
    'feedbackRequest.relationship.direct-report': 'Subordinado direto',
    'feedbackRequest.relationship.other': 'Outro',
    'feedbackRequest.remove': 'Remover {name}',
    'feedbackRequest.groups': 'Anonimato por grupo',
    'feedbackRequest.groupsHint': 'Escolha avaliadores para ver se cada grupo continua anônimo.',
    'feedbackRequest.group.peer.below': {
      one: '{count} colega escolhido: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
      other:
        '{count} colegas escolhidos: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
    },
    'feedbackRequest.group.peer.holds': {
      one: '{count} colega escolhido: suficiente para respostas anônimas ({threshold} necessários).',
      other: '{count} colegas escolhidos: suficientes para respostas anônimas ({threshold} necessários).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: '{count} subordinado direto escolhido: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
      other:
        '{count} subordinados diretos escolhidos: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: '{count} subordinado direto escolhido: suficiente para respostas anônimas ({threshold} necessários).',
      other:
        '{count} subordinados diretos escolhidos: suficientes para respostas anônimas ({threshold} necessários).',
    },
    'feedbackRequest.group.other.below': {
      one: '{count} outro avaliador escolhido: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
      other:
        '{count} outros avaliadores escolhidos: menos de {threshold}, as respostas serão combinadas com outros grupos pequenos ou ocultadas.',
    },
    'feedbackRequest.group.other.holds': {
      one: '{count} outro avaliador escolhido: suficiente para respostas anônimas ({threshold} necessários).',
      other:
        '{count} outros avaliadores escolhidos: suficientes para respostas anônimas ({threshold} necessários).',
    },
    'feedbackRequest.group.manager.shown': {
      one: '{count} gestor escolhido: as respostas de gestores sempre aparecem como deles, nunca anônimas.',
      other:
        '{count} gestores escolhidos: as respostas de gestores sempre aparecem como deles, nunca anônimas.',
    },
    'feedbackRequest.askedBefore': {
      one: 'Inclui {count} pessoa já solicitada.',
      other: 'Inclui {count} pessoas já solicitadas.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'Solicitar feedback',
    'feedbackRequest.send': {
      one: 'Solicitar feedback a {count} pessoa',
      other: 'Solicitar feedback a {count} pessoas',
    },
    'feedbackRequest.sending': 'Enviando solicitações…',
    'feedbackRequest.failed': 'Não foi possível enviar as solicitações. Suas escolhas foram mantidas.',
    'feedbackRequest.retry': 'Tentar novamente',
    'feedbackRequest.sent': {
      one: 'Feedback solicitado a {count} pessoa.',
      other: 'Feedback solicitado a {count} pessoas.',
    },
    'feedbackRequest.again': 'Solicitar mais feedback',
    'feedbackRequest.loading': 'Carregando pessoas…',
    'feedbackRequest.loadFailed': 'Não foi possível carregar o diretório de pessoas.',
    'feedbackRequest.cannotSend': 'Não é possível enviar solicitações de feedback daqui.',
  },
  ja: {
    'feedbackRequest.title': 'フィードバックを依頼',
    'feedbackRequest.subject': '{name} さんへのフィードバック',
    'feedbackRequest.search': '人を検索',
    'feedbackRequest.searchHint': '名前、役職、メール、部署で検索できます。',
    'feedbackRequest.people': '人',
    'feedbackRequest.results': '{count} 人見つかりました',
    'feedbackRequest.more': '{count} 人中最初の {shown} 人を表示しています。検索で絞り込めます。',
    'feedbackRequest.alreadyAsked': '依頼済み',
    'feedbackRequest.chosen': '選んだ評価者',
    'feedbackRequest.noneChosen': 'まだ誰も選ばれていません。一覧でチェックしてください。',
    'feedbackRequest.relationshipOf': '{name} さんとの関係',
    'feedbackRequest.relationship.manager': '上司',
    'feedbackRequest.relationship.peer': '同僚',
    'feedbackRequest.relationship.direct-report': '直属の部下',
    'feedbackRequest.relationship.other': 'その他',
    'feedbackRequest.remove': '{name} さんを外す',
    'feedbackRequest.groups': 'グループごとの匿名性',
    'feedbackRequest.groupsHint': '評価者を選ぶと、各グループの匿名性が保たれるかどうかが表示されます。',
    'feedbackRequest.group.peer.below':
      '同僚 {count} 人を選択：{threshold} 人未満のため、回答は他の少人数グループとまとめられるか、非表示になります。',
    'feedbackRequest.group.peer.holds': '同僚 {count} 人を選択：匿名の回答に十分です（{threshold} 人必要）。',
    'feedbackRequest.group.direct-report.below':
      '直属の部下 {count} 人を選択：{threshold} 人未満のため、回答は他の少人数グループとまとめられるか、非表示になります。',
    'feedbackRequest.group.direct-report.holds':
      '直属の部下 {count} 人を選択：匿名の回答に十分です（{threshold} 人必要）。',
    'feedbackRequest.group.other.below':
      'その他の評価者 {count} 人を選択：{threshold} 人未満のため、回答は他の少人数グループとまとめられるか、非表示になります。',
    'feedbackRequest.group.other.holds':
      'その他の評価者 {count} 人を選択：匿名の回答に十分です（{threshold} 人必要）。',
    'feedbackRequest.group.manager.shown':
      '上司 {count} 人を選択：上司の回答は常に本人のものとして表示され、匿名にはなりません。',
    'feedbackRequest.askedBefore': '依頼済みの {count} 人を含みます。',
    'feedbackRequest.withAskedBefore': '{sentence}{askedBefore}',
    'feedbackRequest.sendNone': 'フィードバックを依頼',
    'feedbackRequest.send': '{count} 人にフィードバックを依頼',
    'feedbackRequest.sending': '依頼を送信しています…',
    'feedbackRequest.failed': '依頼を送信できませんでした。選択内容は保持されています。',
    'feedbackRequest.retry': '再試行',
    'feedbackRequest.sent': '{count} 人にフィードバックを依頼しました。',
    'feedbackRequest.again': 'さらに依頼する',
    'feedbackRequest.loading': '人の一覧を読み込んでいます…',
    'feedbackRequest.loadFailed': '人の一覧を読み込めませんでした。',
    'feedbackRequest.cannotSend': 'ここからはフィードバックの依頼を送信できません。',
  },
  ar: {
    'feedbackRequest.title': 'طلب ملاحظات',
    'feedbackRequest.subject': 'ملاحظات عن {name}',
    'feedbackRequest.search': 'ابحث عن أشخاص',
    'feedbackRequest.searchHint': 'الاسم أو المسمى الوظيفي أو البريد أو القسم.',
    'feedbackRequest.people': 'الأشخاص',
    'feedbackRequest.results': {
      zero: 'لم يُعثر على أحد',
      one: 'عُثر على شخص واحد',
      two: 'عُثر على شخصين',
      few: 'عُثر على {count} أشخاص',
      other: 'عُثر على {count} شخصًا',
    },
    'feedbackRequest.more': 'يُعرض أول {shown} من {count}: ابحث لتضييق القائمة.',
    'feedbackRequest.alreadyAsked': 'طُلب منه سابقًا',
    'feedbackRequest.chosen': 'المقيّمون المختارون',
    'feedbackRequest.noneChosen': 'لم يُختر أحد بعد: حدّد أشخاصًا في القائمة.',
    'feedbackRequest.relationshipOf': 'علاقة {name}',
    'feedbackRequest.relationship.manager': 'المدير',
    'feedbackRequest.relationship.peer': 'زميل',
    'feedbackRequest.relationship.direct-report': 'مرؤوس مباشر',
    'feedbackRequest.relationship.other': 'آخر',
    'feedbackRequest.remove': 'إزالة {name}',
    'feedbackRequest.groups': 'إخفاء الهوية حسب المجموعة',
    'feedbackRequest.groupsHint': 'اختر المقيّمين لمعرفة ما إذا كانت كل مجموعة ستبقى مجهولة الهوية.',
    'feedbackRequest.group.peer.below': {
      one: 'اختير زميل واحد: أقل من {threshold}، ستُدمج إجاباته مع مجموعات صغيرة أخرى أو تُحجب.',
      two: 'اختير زميلان: أقل من {threshold}، ستُدمج إجاباتهما مع مجموعات صغيرة أخرى أو تُحجب.',
      few: 'اختير {count} زملاء: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
      other: 'اختير {count} زميلًا: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
    },
    'feedbackRequest.group.peer.holds': {
      one: 'اختير زميل واحد: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      two: 'اختير زميلان: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      few: 'اختير {count} زملاء: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      other: 'اختير {count} زميلًا: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
    },
    'feedbackRequest.group.direct-report.below': {
      one: 'اختير مرؤوس مباشر واحد: أقل من {threshold}، ستُدمج إجاباته مع مجموعات صغيرة أخرى أو تُحجب.',
      two: 'اختير مرؤوسان مباشران: أقل من {threshold}، ستُدمج إجاباتهما مع مجموعات صغيرة أخرى أو تُحجب.',
      few: 'اختير {count} مرؤوسين مباشرين: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
      other: 'اختير {count} مرؤوسًا مباشرًا: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
    },
    'feedbackRequest.group.direct-report.holds': {
      one: 'اختير مرؤوس مباشر واحد: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      two: 'اختير مرؤوسان مباشران: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      few: 'اختير {count} مرؤوسين مباشرين: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      other: 'اختير {count} مرؤوسًا مباشرًا: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
    },
    'feedbackRequest.group.other.below': {
      one: 'اختير مقيّم آخر واحد: أقل من {threshold}، ستُدمج إجاباته مع مجموعات صغيرة أخرى أو تُحجب.',
      two: 'اختير مقيّمان آخران: أقل من {threshold}، ستُدمج إجاباتهما مع مجموعات صغيرة أخرى أو تُحجب.',
      few: 'اختير {count} مقيّمين آخرين: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
      other: 'اختير {count} مقيّمًا آخر: أقل من {threshold}، ستُدمج إجاباتهم مع مجموعات صغيرة أخرى أو تُحجب.',
    },
    'feedbackRequest.group.other.holds': {
      one: 'اختير مقيّم آخر واحد: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      two: 'اختير مقيّمان آخران: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      few: 'اختير {count} مقيّمين آخرين: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
      other: 'اختير {count} مقيّمًا آخر: يكفي لإجابات مجهولة الهوية (المطلوب {threshold}).',
    },
    'feedbackRequest.group.manager.shown': {
      one: 'اختير مدير واحد: تظهر إجابات المديرين دائمًا بأسمائهم، ولا تكون مجهولة أبدًا.',
      two: 'اختير مديران: تظهر إجابات المديرين دائمًا بأسمائهم، ولا تكون مجهولة أبدًا.',
      few: 'اختير {count} مديرين: تظهر إجابات المديرين دائمًا بأسمائهم، ولا تكون مجهولة أبدًا.',
      other: 'اختير {count} مديرًا: تظهر إجابات المديرين دائمًا بأسمائهم، ولا تكون مجهولة أبدًا.',
    },
    'feedbackRequest.askedBefore': {
      one: 'يشمل ذلك شخصًا واحدًا طُلب منه سابقًا.',
      two: 'يشمل ذلك شخصين طُلب منهما سابقًا.',
      few: 'يشمل ذلك {count} أشخاص طُلب منهم سابقًا.',
      other: 'يشمل ذلك {count} شخصًا طُلب منهم سابقًا.',
    },
    'feedbackRequest.withAskedBefore': '{sentence} {askedBefore}',
    'feedbackRequest.sendNone': 'طلب ملاحظات',
    'feedbackRequest.send': {
      one: 'اطلب ملاحظات من شخص واحد',
      two: 'اطلب ملاحظات من شخصين',
      few: 'اطلب ملاحظات من {count} أشخاص',
      other: 'اطلب ملاحظات من {count} شخصًا',
    },
    'feedbackRequest.sending': 'جارٍ إرسال الطلبات…',
    'feedbackRequest.failed': 'تعذّر إرسال الطلبات. اختياراتك محفوظة.',
    'feedbackRequest.retry': 'إعادة المحاولة',
    'feedbackRequest.sent': {
      one: 'طُلبت الملاحظات من شخص واحد.',
      two: 'طُلبت الملاحظات من شخصين.',
      few: 'طُلبت الملاحظات من {count} أشخاص.',
      other: 'طُلبت الملاحظات من {count} شخصًا.',
    },
    'feedbackRequest.again': 'طلب ملاحظات إضافية',
    'feedbackRequest.loading': 'جارٍ تحميل الأشخاص…',
    'feedbackRequest.loadFailed': 'تعذّر تحميل دليل الأشخاص.',
    'feedbackRequest.cannotSend': 'لا يمكن إرسال طلبات الملاحظات من هنا.',
  },
});
