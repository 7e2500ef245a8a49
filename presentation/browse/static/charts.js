// Embed every chart whose Vega-Lite spec the page carries as JSON data (never as script): tooltips escape text.
document.querySelectorAll('script.spec[type="application/json"]').forEach(function (element) {
  var spec = JSON.parse(element.textContent);
  vegaEmbed('#' + element.dataset.for, spec, { actions: false, renderer: 'svg' }).catch(function (error) {
    document.getElementById(element.dataset.for).textContent = '图表无法显示：' + error;
  });
});
