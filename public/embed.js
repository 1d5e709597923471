/* Chengdu–Chongqing map embed: sizes each <iframe data-chengyu-embed> to its content.
   Paste-safe plain ES5, no dependencies.
   Once the article itself has loaded, it starts loading the embeds that wait for the reader
   (loading="lazy"), so each has told its final height while it is still below the fold and the
   article never jumps when the reader reaches it. Without this script the iframe stays lazy and
   keeps its height attribute.
   Scrolling stories: an article block marked data-chengyu-step="N" (N from 1 to 12) drives the
   story of the embed named by its data-chengyu-for (the iframe's id) or, without it, of the last
   embed before it in the page. When the block crosses the middle of the screen the script sends
   { type: 'chengyu-embed:step', step: N } to that iframe's own origin, and again when the embed has
   drawn (its first height message), so a step reached early is not lost. The page scrolls as usual. Accepts only messages that come from the iframe itself
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

  var STEP_TYPE = 'chengyu-embed:step';
  var MAX_STEPS = 12;
  var wanted = []; // { frame, step }: the step each story embed should show

  function originOf(frame) {
    try {
      var origin = new URL(frame.src, document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch (error) {
      return null;
    }
  }

  function sendStep(frame, step) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: STEP_TYPE, step: step }, origin);
  }

  function want(frame, step) {
    for (var i = 0; i < wanted.length; i += 1) {
      if (wanted[i].frame === frame) {
        if (wanted[i].step === step) return;
        wanted[i].step = step;
        sendStep(frame, step);
        return;
      }
    }
    wanted.push({ frame: frame, step: step });
    sendStep(frame, step);
  }

  function frameForStep(block) {
    var id = block.getAttribute('data-chengyu-for');
    if (id) {
      var named = document.getElementById(id);
      return named && named.tagName === 'IFRAME' && named.hasAttribute('data-chengyu-embed') ? named : null;
    }
    var frames = document.querySelectorAll('iframe[data-chengyu-embed]');
    var found = null;
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) found = frames[i];
    }
    return found;
  }

  function followSteps() {
    if (typeof window.IntersectionObserver !== 'function') return;
    var blocks = document.querySelectorAll('[data-chengyu-step]');
    var targets = [];
    for (var i = 0; i < blocks.length; i += 1) {
      var text = blocks[i].getAttribute('data-chengyu-step');
      var step = /^[0-9]{1,2}$/.test(text) ? Number(text) : 0;
      var frame = frameForStep(blocks[i]);
      if (step >= 1 && step <= MAX_STEPS && frame) targets.push({ block: blocks[i], frame: frame, step: step });
    }
    if (targets.length === 0) return;
    // A line across the middle of the screen: the block under it is the step being read.
    var observer = new IntersectionObserver(
      function (entries) {
        for (var j = 0; j < entries.length; j += 1) {
          if (!entries[j].isIntersecting) continue;
          for (var k = 0; k < targets.length; k += 1) {
            if (targets[k].block === entries[j].target) want(targets[k].frame, targets[k].step);
          }
        }
      },
      { rootMargin: '-50% 0px -50% 0px', threshold: 0 }
    );
    for (var t = 0; t < targets.length; t += 1) observer.observe(targets[t].block);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', followSteps);
  else followSteps();

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = acceptedHeight(event.data);
    if (height === null) return;
    frame.setAttribute('height', String(height));
    // The embed has drawn and listens: give it the step the reader has reached.
    for (var i = 0; i < wanted.length; i += 1) {
      if (wanted[i].frame === frame) sendStep(frame, wanted[i].step);
    }
  });
})();
