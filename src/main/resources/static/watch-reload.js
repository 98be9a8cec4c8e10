// Watch mode only: reload the page when the blog's content or templates change.
(function () {
  var seen = null;
  var events = new EventSource('/_watch/events');
  events.addEventListener('site', function (event) {
    if (seen === null) {
      seen = event.data;
    } else if (event.data !== seen) {
      location.reload();
    }
  });
})();
