// The big screen: fetches the host's figures every 60 seconds and writes them in, with the time they were read.
(function () {
    'use strict';
    var REFRESH_MS = 60000;

    function format(figures, key, money, numbers) {
        if (key === 'fillPercent') {
            return numbers.format(figures.placesOffered === 0 ? 0 : Math.round(figures.placesTaken * 100 / figures.placesOffered)) + '%';
        }
        var shown = numbers.format(Number(figures[key]));
        return money ? '¥' + shown : shown;
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
                var numbers = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
                var byCode = {};
                figures.tenants.forEach(function (tenant) {
                    byCode[tenant.tenantCode] = tenant;
                });
                document.querySelectorAll('[data-key]').forEach(function (element) {
                    var code = element.getAttribute('data-tenant');
                    var shown = code ? byCode[code] : figures.total;
                    if (shown) {
                        element.textContent = format(shown, element.getAttribute('data-key'), element.getAttribute('data-money') === 'true', numbers);
                    }
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
