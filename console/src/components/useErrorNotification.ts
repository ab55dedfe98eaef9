import { useEffect } from 'react';
import { showApiError } from '../api/client';

/**
 * Shows a failed query's error code and message once per failure: queries have no onError of their own,
 * and a refused page must say why rather than stay blank.
 */
export function useErrorNotification(error: unknown) {
  useEffect(() => {
    if (error) showApiError(error);
  }, [error]);
}
