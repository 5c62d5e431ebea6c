// The pre-rendered landing page (server: GET /) shows before the app's code has run. A link
// followed or a language picked in that time is kept here for the app to carry out when it
// starts (client/src/app/early-intent.ts), instead of a full page load that would start the app
// over. An external file: the Content-Security-Policy allows no inline script.
/* global window, document, Element, HTMLSelectElement -- a browser script outside the app's build */
(function () {
  'use strict';
  // If the app never takes over (its code failed to load), the link is followed after all.
  var FALLBACK_MS = 10000;
  var intent = { path: null, locale: null, active: true };
  window.omcheckEarlyIntent = intent;
  var self = document.currentScript;
  var appEntry = self && self.getAttribute('data-app-entry');
  // The page carries only the rules it uses itself; the app's views need the whole stylesheet.
  var appStylesheet = self && self.getAttribute('data-app-stylesheet');
  // What the app needs next (its modules, the language's messages, the intake's code): fetched
  // with the app, not with the page, so the page's first paint shares the network with nothing.
  var appPreloads = ((self && self.getAttribute('data-app-preloads')) || '').split(' ').filter(Boolean);

  function addLink(rel, href) {
    var link = document.createElement('link');
    link.rel = rel;
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
    return link;
  }

  // The app's code starts loading once the page has been painted: the pre-rendered page shows
  // first, rather than after the app's code has arrived and run its first long task. Without
  // this file the page stays plain HTML whose links load the app at their own address.
  if (appEntry) {
    var runEntry = function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.src = appEntry;
      document.head.appendChild(script);
    };
    var startApp = function () {
      window.requestAnimationFrame(function () {
        setTimeout(function () {
          // Code and stylesheet load together; the code runs once the stylesheet is in, so no
          // view of the app is ever shown without its styles. After a failed load the app tries
          // once more itself (src/app/app-stylesheet.ts).
          [appEntry].concat(appPreloads).forEach(function (href) {
            addLink('modulepreload', href);
          });
          if (!appStylesheet) {
            runEntry();
            return;
          }
          var stylesheet = addLink('stylesheet', appStylesheet);
          var started = false;
          var once = function () {
            if (started) return;
            started = true;
            runEntry();
          };
          stylesheet.addEventListener('load', once);
          stylesheet.addEventListener('error', once);
        }, 0);
      });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startApp);
    else startApp();
  }

  document.addEventListener('click', function (event) {
    if (!intent.active || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null;
    if (!link || link.target) return;
    event.preventDefault();
    var href = link.getAttribute('href');
    intent.path = href;
    link.setAttribute('aria-busy', 'true');
    document.documentElement.classList.add('app-starting');
    setTimeout(function () {
      if (intent.active) window.location.assign(href);
    }, FALLBACK_MS);
  }, true);

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (intent.active && select instanceof HTMLSelectElement && select.hasAttribute('data-language-switcher')) {
      intent.locale = select.value;
    }
  }, true);
})();
