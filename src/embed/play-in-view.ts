// play=1: the timeline starts once the reader scrolls the map into view (inside the iframe the
// observer measures against the host page's viewport), and never for a reader who asked the
// system for reduced motion: the year control stays there to play by hand.
export function playWhenInView(target: Element, play: () => void): () => void {
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return () => undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      play();
    },
    { threshold: 0.5 },
  );
  observer.observe(target);
  return () => observer.disconnect();
}
