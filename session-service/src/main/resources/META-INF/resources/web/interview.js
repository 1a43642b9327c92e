// The interview page (session-service): ticks the server's countdown down, counts the answer's characters, and keeps
// a draft of the answer in this tab's sessionStorage so that a reload loses nothing. The server enforces the time
// limit; the countdown only tells the candidate.
(function () {
    "use strict";
    var timer = document.querySelector(".countdown[data-seconds-left]");
    if (timer) {
        // Counted from the server's seconds left, not the deadline: the browser's clock may be wrong.
        var endsAt = Date.now() + Number(timer.getAttribute("data-seconds-left")) * 1000;
        var timeUp = document.getElementById("time-up");
        var tick = function () {
            var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
            timer.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
            if (left === 0) {
                timeUp.hidden = false;
                clearInterval(ticking);
            }
        };
        var ticking = setInterval(tick, 1000);
        tick();
    }

    var answer = document.getElementById("answer");
    if (answer) {
        var count = document.getElementById("answer-count");
        var key = answer.getAttribute("data-draft-key");
        if (!answer.value && sessionStorage.getItem(key)) {
            answer.value = sessionStorage.getItem(key);
        }
        var update = function () {
            count.textContent = answer.value.length;
            sessionStorage.setItem(key, answer.value);
        };
        answer.addEventListener("input", update);
        update();
        // Sent is sent: an accepted answer shows on the page, a refused one comes back in the text area.
        answer.form.addEventListener("submit", function () {
            sessionStorage.removeItem(key);
        });
    }
})();
