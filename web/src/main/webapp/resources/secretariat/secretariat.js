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
