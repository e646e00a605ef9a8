// Remember the browser's time zone, so that dates are shown in it when the profile names none.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = "secretariat-tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
        }
    } catch (e) {
        // an old browser: dates stay in UTC, labelled as such
    }
})();

// Nothing typed is lost (issue 12). A form marked data-sc-guard says "unsaved changes" in its #save-state as soon
// as something is typed, and asks before the page is left with them: the application's links ask in the reader's
// words (data-sc-leave), closing or reloading the tab asks in the browser's. Buttons marked data-sc-saves save;
// once the server took the save (no validation failure) the changes count as kept.
(function () {
    var dirty = false;
    var saving = false;
    var leaving = false;

    function guarded() {
        return document.querySelector('form[data-sc-guard]');
    }

    function showUnsaved() {
        var form = guarded();
        if (form) {
            form.querySelectorAll('.sc-save-state').forEach(function (state) {
                state.textContent = form.getAttribute('data-sc-unsaved');
                state.classList.add('sc-save-state-unsaved');
            });
        }
    }

    function typed(event) {
        var form = guarded();
        if (form && form.contains(event.target) && (event.target.matches('input, textarea, select')
                || event.target.closest('[contenteditable="true"]'))) {
            dirty = true;
            showUnsaved();
        }
    }

    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);

    // A rich-text editor (p:textEditor) copies its text into its form's field only when it loses the focus:
    // copy it before any button of its form sends the form, so that what was typed is what is sent.
    function keepRichText(target) {
        var form = target.closest('form');
        if (!form || !window.PrimeFaces || !PrimeFaces.widget.TextEditor) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.TextEditor && widget.editor && form.contains(widget.jq[0])) {
                widget.input.val(widget.getEditorValue());
            }
        });
    }

    document.addEventListener('mousedown', function (event) {
        if (event.target.closest('button, input[type=submit]')) {
            keepRichText(event.target);
        }
    }, true);

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.closest('button, input[type=submit]')) {
            keepRichText(target);
        }
        if (target.closest('[data-sc-saves]')) {
            saving = true;
            return;
        }
        var link = target.closest('a[href]');
        var form = guarded();
        if (!dirty || !form || !link || link.target === '_blank') {
            return;
        }
        var href = link.getAttribute('href');
        if (href.charAt(0) === '#' || href.indexOf('javascript:') === 0) {
            return; // an action of the page itself (a step, a tab): what was typed stays in the form
        }
        if (window.confirm(form.getAttribute('data-sc-leave'))) {
            leaving = true;
        } else {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (dirty && !saving && !leaving) {
            event.preventDefault();
            event.returnValue = '';
            return '';
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return; // a public page: nothing to save
        }
        jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            var result = args || (xhr && xhr.pfArgs) || {};
            if (saving && !result.validationFailed) {
                dirty = false;
            }
            saving = false;
            if (dirty) {
                showUnsaved(); // the form was rendered again from the server: it still holds unsaved changes
            }
        });
    });
})();

// Messages lead to their fields (issue 11). A link marked data-sc-focus (a message of a form's summary, a finding in
// "Still missing" or at the review) focuses the input of the field it names, by client id; a PrimeFaces link that
// first opens another step focuses it once the step is shown. Each field's findings (<sc:findings>, id = the field's
// id + "-findings") describe the field for screen readers (aria-describedby) and mark it invalid while they hold any.
(function () {
    var pending = null;

    function inputOf(id) {
        var field = document.getElementById(id);
        if (!field) {
            return null;
        }
        if (field.matches('input:not([type=hidden]), textarea, select, button, a[href]')) {
            return field;
        }
        // PrimeFaces: a select menu's focus input, a number's visible input, else the first input inside
        return document.getElementById(id + '_focus') || document.getElementById(id + '_input')
            || field.querySelector('input:not([type=hidden]), textarea, select, button');
    }

    function focusField(id) {
        var input = inputOf(id);
        if (!input) {
            return false;
        }
        var visible = input.closest('.ui-helper-hidden-accessible') ? document.getElementById(id) : input;
        visible.scrollIntoView({block: 'center'});
        input.focus({preventScroll: true});
        return true;
    }

    function describeFields() {
        document.querySelectorAll('[data-sc-findings]').forEach(function (box) {
            var id = box.id.replace(/-findings$/, '');
            var input = inputOf(id);
            if (!input) {
                return;
            }
            var message = document.getElementById(id + '-message');
            var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (other) {
                return other && other !== box.id && (!message || other !== message.id);
            });
            described.push(box.id);
            if (message) {
                described.push(message.id);
            }
            input.setAttribute('aria-describedby', described.join(' '));
            if (box.querySelector('.sc-field-finding')) {
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('data-sc-finding-invalid', 'true');
            } else if (input.hasAttribute('data-sc-finding-invalid')) {
                input.removeAttribute('aria-invalid');
                input.removeAttribute('data-sc-finding-invalid');
            }
        });
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('[data-sc-focus]');
        if (!link) {
            return;
        }
        var id = link.getAttribute('data-sc-focus');
        if (link.classList.contains('ui-commandlink')) {
            pending = id; // the step opens first (AJAX): focused when it is shown
        } else if (focusField(id)) {
            event.preventDefault();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        describeFields();
        if (!window.jQuery) {
            return;
        }
        jQuery(document).on('pfAjaxComplete', function () {
            describeFields();
            if (pending) {
                var id = pending;
                pending = null;
                // PrimeFaces finishes its DOM updates (and the widgets' scripts) before the next task
                setTimeout(function () {
                    focusField(id);
                }, 0);
            }
        });
    });
})();

// PrimeFaces writes aria-hidden="true" on every simple file input, also on the native one it shows (skinSimple
// false): screen readers would skip a field people must use. Only a skinned input (hidden behind its button) keeps it.
(function () {
    function unhide() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            if (!input.closest('.ui-fileupload-choose')) {
                input.removeAttribute('aria-hidden');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        unhide();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', unhide);
        }
    });
})();

// Copy buttons (the calendar feed's address): a button marked data-sc-copy="id" copies that input's value and says so
// in its status element (data-sc-status, a live region); where the clipboard is refused, the text is selected instead.
(function () {
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-sc-copy]');
        if (!button) {
            return;
        }
        var input = document.getElementById(button.getAttribute('data-sc-copy'));
        var status = document.getElementById(button.getAttribute('data-sc-status'));
        function copied() {
            if (status) {
                status.textContent = button.getAttribute('data-sc-copied');
            }
        }
        input.focus();
        input.select();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(copied, function () {});
        } else if (document.execCommand && document.execCommand('copy')) {
            copied();
        }
    });
})();
