/*
 * wagtail-localize's translation editor (a React app) writes a few strings in
 * code, without gettext, so no catalogue reaches them:
 *   - the heading of the segment list, `${source} to ${target} translation`
 *     (static_src/editor/components/TranslationEditor/index.tsx);
 *   - "More actions", the screen-reader label of the footer's menu toggle
 *     (static_src/common/components/ActionMenu/index.tsx).
 * This puts the catalogue's translation in their place once React has drawn
 * them (locale/vi/djangojs.po; gettext and interpolate come from the editor's
 * JavaScript catalogue). Loaded by editorial.wagtail_hooks on the editors'
 * pages; does nothing where there is no translation editor.
 */
(function () {
    'use strict';
    var heading = /^(.+) to (.+) translation$/;
    var literal = ['More actions'];

    function translate(editor) {
        if (typeof window.gettext !== 'function') {
            return;
        }
        var headings = editor.querySelectorAll('section h3');
        for (var i = 0; i < headings.length; i++) {
            var found = headings[i].textContent.match(heading);
            if (found) {
                var translated = window.interpolate(
                    window.gettext('%(source)s to %(target)s translation'),
                    { source: found[1], target: found[2] },
                    true
                );
                // Untranslated, it is the same text: writing it again would
                // wake the observer for ever.
                if (translated !== headings[i].textContent) {
                    headings[i].textContent = translated;
                }
            }
        }
        var labels = editor.querySelectorAll('.w-sr-only');
        for (var j = 0; j < labels.length; j++) {
            var text = labels[j].textContent;
            if (literal.indexOf(text) >= 0 && window.gettext(text) !== text) {
                labels[j].textContent = window.gettext(text);
            }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        var editor = document.querySelector('.js-translation-editor');
        if (!editor) {
            return;
        }
        translate(editor);
        new MutationObserver(function () {
            translate(editor);
        }).observe(editor, { childList: true, subtree: true });
    });
})();
