// The big screen: fetches the host's figures every 60 seconds and writes them in, with the time they were read.
(function () {
    'use strict';
    var REFRESH_MS = 60000;

    function fillPercent(total) {
        return total.placesOffered === 0 ? 0 : Math.round(total.placesTaken * 100 / total.placesOffered);
    }

    function refresh() {
        var screen = document.getElementById('screen');
        var locale = document.documentElement.lang || 'zh-CN';
        fetch(screen.getAttribute('data-source'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (figures) {
                var total = figures.total;
                total.fillPercent = fillPercent(total);
                var numbers = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
                document.querySelectorAll('[data-key]').forEach(function (element) {
                    var value = Number(total[element.getAttribute('data-key')]);
                    var shown = numbers.format(value);
                    var key = element.getAttribute('data-key');
                    element.textContent = element.getAttribute('data-money') === 'true' ? '¥' + shown : key === 'fillPercent' ? shown + '%' : shown;
                });
                document.getElementById('screen-updated').textContent = new Intl.DateTimeFormat(locale, {
                    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
                    hour12: false, timeZone: 'Asia/Shanghai'
                }).format(new Date());
            })
            .catch(function () {
                // the figures shown stay; the time of the last update tells how old they are
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        setInterval(refresh, REFRESH_MS);
    });
}());
