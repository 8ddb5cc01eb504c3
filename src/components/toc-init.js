document.querySelector('[data-toc]').open=matchMedia('(min-width: 64rem)').matches
