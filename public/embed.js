/* Chengdu–Chongqing map embed: sizes each <iframe data-chengyu-embed> to its content.
   Paste-safe plain ES5, no dependencies.
   Once the article itself has loaded, it starts loading the embeds that wait for the reader
   (loading="lazy"), so each has told its final height while it is still below the fold and the
   article never jumps when the reader reaches it. Without this script the iframe stays lazy and
   keeps its height attribute. Accepts only messages that come from the iframe itself
   (event.source is its window) and are exactly { type: 'chengyu-embed:height', height: number }
   with a height between 150 and 4000 pixels; everything else is ignored. Loading it twice is
   harmless (both listeners set the same height).
   The check is a copy of acceptedHeight in src/embed/message-guard.ts; keep the two in step. */
(function () {
  'use strict';
  var TYPE = 'chengyu-embed:height';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 4000;

  function acceptedHeight(data) {
    if (typeof data !== 'object' || data === null || Object.prototype.toString.call(data) === '[object Array]') return null;
    var proto = Object.getPrototypeOf(data);
    if (proto !== Object.prototype && proto !== null) return null;
    var keys = Object.keys(data);
    if (keys.length !== 2 || keys.indexOf('type') < 0 || keys.indexOf('height') < 0) return null;
    if (data.type !== TYPE) return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return null;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-chengyu-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function loadAhead() {
    var frames = document.querySelectorAll('iframe[data-chengyu-embed][loading="lazy"]');
    for (var i = 0; i < frames.length; i += 1) frames[i].setAttribute('loading', 'eager');
  }

  function afterArticle(run) {
    var soon = function () {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
      else window.setTimeout(run, 0);
    };
    if (document.readyState === 'complete') soon();
    else window.addEventListener('load', soon);
  }

  afterArticle(loadAhead);

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = acceptedHeight(event.data);
    if (height === null) return;
    frame.setAttribute('height', String(height));
  });
})();
