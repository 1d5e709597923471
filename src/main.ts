// Wiring only: the map foundation replaces this placeholder.
document.body.dataset.ready = 'true';
