import { useEffect } from 'react';

/** Sets document.title as "<page> – <product>"; pages with dynamic titles call it directly. */
export function usePageTitle(title: string | undefined, product = 'Osallinen'): void {
  useEffect(() => {
    document.title = title ? `${title} – ${product}` : product;
  }, [title, product]);
}
