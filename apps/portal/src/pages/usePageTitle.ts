import { useEffect } from 'react';
import { BRAND } from '../brand/brand';

/** Sets the document title per page, the way screen-reader users find where a navigation landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${BRAND.name}`;
  }, [title]);
}
