/* Chengdu–Chongqing map embed: sizes each <iframe data-chengyu-embed> to its content.
   Paste-safe plain ES5, no dependencies. Accepts only messages that come from the iframe itself
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

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = acceptedHeight(event.data);
    if (height === null) return;
    frame.setAttribute('height', String(height));
  });
})();
