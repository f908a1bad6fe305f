import { NorthstarProvider } from '@northstar/react';
import { FeedbackRequest } from '@northstar/react/feedback-request';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { TEMPLATE_ID } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';

/**
 * "Ask for feedback": the connected request picker for the signed-in person's own 360 (the server lets every role ask
 * about themselves; managers and HR admins could also ask about others, the portal only offers the self case here).
 */
export function AskForFeedback({ personId }: { personId: string }) {
  const { t } = usePreferences();
  const queryClient = useQueryClient();
  // The widget refreshes its own request lists; the portal's lists (open requests, drafts) live under its own keys.
  const onRequested = useCallback(
    () =>
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'portal' && q.queryKey.includes('feedback'),
      }),
    [queryClient],
  );
  return (
    // The widget's heading becomes the card's: the host names the feature in its own words.
    <NorthstarProvider className="acme-ns-nested" messages={{ 'feedbackRequest.title': t('feedback.ask') }}>
      <FeedbackRequest
        subjectId={personId}
        templateId={TEMPLATE_ID}
        requestedBy={personId}
        onRequested={onRequested}
      />
    </NorthstarProvider>
  );
}
