// The office confirmation's print button (A7). Without scripts the button stays hidden and the page prints as it is.
(function () {
  var button = document.getElementById('print');
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
