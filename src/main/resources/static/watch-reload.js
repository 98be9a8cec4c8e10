// Watch mode only: reload the page when the blog's content or templates change.
(function () {
  var shown = document.currentScript.dataset.site;
  var events = new EventSource('/_watch/events');
  events.addEventListener('site', function (event) {
    if (event.data !== shown) {
      location.reload();
    }
  });
})();
