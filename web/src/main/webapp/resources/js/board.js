/*
 * Places left on a claim board, kept fresh without a reload while a window is open: polls the
 * board's places every few seconds (a conditional request: unchanged places cost a 304), updates
 * each item shown, and tells screen readers politely which item changed. Stops polling while the
 * page is hidden.
 */
(function () {
    "use strict";
    var EVERY_MS = 5000;
    var live = document.getElementById("board-live");
    if (!live || !window.fetch) {
        return;
    }
    var url = live.getAttribute("data-places-url");
    var placesText = live.getAttribute("data-places-text");
    var changedText = live.getAttribute("data-changed-text");
    var fullText = live.getAttribute("data-full-text");
    var openText = live.getAttribute("data-open-text");
    var timer = null;

    function format(pattern, values) {
        return pattern.replace(/\{(\d+)\}/g, function (whole, index) {
            return values[Number(index)];
        });
    }

    function update(places) {
        var announcements = [];
        var items = document.querySelectorAll("[data-item]");
        for (var i = 0; i < items.length; i++) {
            var item = items[i];
            var left = places[item.getAttribute("data-item")];
            var shown = item.querySelector("[data-role=places]");
            if (left === undefined || !shown) {
                continue;
            }
            var text = format(placesText, [left, item.getAttribute("data-capacity")]);
            if (shown.textContent === text) {
                continue;
            }
            shown.textContent = text;
            var phase = item.getAttribute("data-phase");
            if (phase === "OPEN" || phase === "FULL") {
                var now = left > 0 ? "OPEN" : "FULL";
                item.setAttribute("data-phase", now);
                var phaseShown = item.querySelector("[data-role=phase]");
                if (phaseShown) {
                    phaseShown.textContent = now === "OPEN" ? openText : fullText;
                }
                var claim = item.querySelector("[data-role=claim]");
                if (claim) {
                    claim.hidden = now === "FULL";
                }
            }
            var title = item.querySelector("h1, h2, h3");
            announcements.push(format(changedText, [title ? title.textContent : "", left]));
        }
        if (announcements.length > 0) {
            live.textContent = announcements.join("；");
        }
    }

    function poll() {
        fetch(url, {cache: "no-cache", credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (body) {
                if (body && body.places) {
                    update(body.places);
                }
            })
            .catch(function () {
                // the next poll tries again
            });
    }

    function start() {
        if (timer === null) {
            timer = window.setInterval(poll, EVERY_MS);
        }
    }

    function stop() {
        if (timer !== null) {
            window.clearInterval(timer);
            timer = null;
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.hidden) {
            stop();
        } else {
            poll();
            start();
        }
    });
    if (!document.hidden) {
        start();
    }
})();
