/*
 * <cl-echart>: ChainLeads' one chart element, a thin wrapper around Apache ECharts (window.echarts, loaded
 * from /assets/echarts/echarts.min.js). Used by the Java component com.chainleads.base.ui.chart.EChart.
 *
 *  - property optionJson: the ECharts option as JSON text, applied as a whole (notMerge)
 *  - attribute locale:     ECharts locale, "ZH" (default) or "EN"; a change re-creates the chart
 *  - property chart:       the ECharts instance (browser tests inspect it)
 *  - event chart-click:    detail {seriesName, seriesIndex, seriesType, dataType, name, dataIndex, dataId}
 *
 * Safety: ECharts renders HTML tooltips. Every tooltip of the option gets a formatter of ours that escapes all
 * text: a data item's "tooltipLines" (plain text lines), a string template ({a} {b} {c} {d}), or the default
 * content. Everything else ECharts draws on the canvas, where text is never markup.
 * The element resizes its chart with its own size (ResizeObserver).
 *
 * Category labels: an x axis whose axisLabel carries "clFit": true shows every category (interval 0), wrapped to
 * the width of its slot when each word fits it, otherwise upright (rotated 90°) and wrapped at 90 px; refitted
 * when the element is resized.
 * A click hides the tooltip (the click opens a panel or another page; the tooltip must not stay over it).
 */
(function () {
  'use strict';
  if (customElements.get('cl-echart')) {
    return;
  }

  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

  function escapeHtml(value) {
    return value == null ? '' : String(value).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  function valueText(value) {
    if (Array.isArray(value)) {
      return value.map(valueText).join(', ');
    }
    if (typeof value === 'number') {
      return value.toLocaleString();
    }
    if (value != null && typeof value === 'object') {
      return '';
    }
    return value == null ? '' : String(value);
  }

  function applyTemplate(template, list) {
    var aliases = { a: 'seriesName', b: 'name', c: 'value', d: 'percent' };
    return escapeHtml(template).replace(/\{([abcd])(\d*)\}/g, function (all, alias, index) {
      var params = list[index === '' ? 0 : Number(index)];
      return params ? escapeHtml(valueText(params[aliases[alias]])) : '';
    }).replace(/\n/g, '<br>');
  }

  function defaultContent(params) {
    if (Array.isArray(params)) {
      var header = params.length ? (params[0].axisValueLabel != null ? params[0].axisValueLabel : params[0].name) : '';
      return ['<strong>' + escapeHtml(header) + '</strong>'].concat(params.map(function (p) {
        return (p.marker || '') + escapeHtml(p.seriesName) + ': ' + escapeHtml(valueText(p.value));
      })).join('<br>');
    }
    if (params.dataType === 'edge') {
      return escapeHtml(params.name);
    }
    var lines = [];
    if (params.seriesName && !/^series\d+$/.test(String(params.seriesName))) {
      lines.push('<strong>' + escapeHtml(params.seriesName) + '</strong>');
    }
    var value = valueText(params.value);
    var line = (params.marker || '') + escapeHtml(params.name);
    if (value !== '') {
      line += (params.name ? ': ' : '') + escapeHtml(value);
    }
    if (params.percent != null) {
      line += ' (' + escapeHtml(params.percent) + '%)';
    }
    lines.push(line);
    return lines.join('<br>');
  }

  /** The formatter every tooltip gets; {@code template} is a string formatter the option carried, if any. */
  function safeFormatter(template) {
    return function (params) {
      var single = Array.isArray(params) ? null : params;
      var lines = single && single.data && Array.isArray(single.data.tooltipLines) ? single.data.tooltipLines : null;
      if (lines) {
        return lines.map(function (text, i) {
          return i === 0 ? '<strong>' + escapeHtml(text) + '</strong>' : escapeHtml(text);
        }).join('<br>');
      }
      if (typeof template === 'string') {
        return applyTemplate(template, Array.isArray(params) ? params : [params]);
      }
      return defaultContent(params);
    };
  }

  function secureTooltip(tooltip) {
    if (tooltip == null || typeof tooltip !== 'object') {
      return;
    }
    if (Array.isArray(tooltip)) {
      tooltip.forEach(secureTooltip);
      return;
    }
    tooltip.formatter = safeFormatter(tooltip.formatter);
    tooltip.renderMode = 'html';
    if (tooltip.confine == null) {
      tooltip.confine = true;
    }
    delete tooltip.content;
  }

  function secureItems(items) {
    if (Array.isArray(items)) {
      items.forEach(function (item) {
        if (item != null && typeof item === 'object' && !Array.isArray(item) && item.tooltip) {
          secureTooltip(item.tooltip);
        }
      });
    }
  }

  /** Makes every tooltip of an option escape its text; exported for tests as window.clEchartSecure. */
  function secure(option) {
    if (option.tooltip == null) {
      option.tooltip = {};
    }
    secureTooltip(option.tooltip);
    var series = option.series == null ? [] : (Array.isArray(option.series) ? option.series : [option.series]);
    series.forEach(function (s) {
      if (s && s.tooltip) {
        secureTooltip(s.tooltip);
      }
      if (s) {
        secureItems(s.data);
        secureItems(s.nodes);
        secureItems(s.links);
        secureItems(s.edges);
      }
    });
    return option;
  }
  window.clEchartSecure = secure;

  var measureContext = null;

  function textWidth(text, font) {
    if (measureContext == null) {
      measureContext = document.createElement('canvas').getContext('2d');
    }
    measureContext.font = font;
    return measureContext.measureText(text).width;
  }

  /** The widest piece a label cannot be broken inside: a Latin word, or one CJK character. */
  function widestUnbreakable(name, font) {
    var widest = 0;
    String(name).split(/\s+/).forEach(function (word) {
      var pieces = /[\u3000-\u9fff\uff00-\uffef]/.test(word) ? word.split('') : [word];
      pieces.forEach(function (piece) {
        widest = Math.max(widest, textWidth(piece, font));
      });
    });
    return widest;
  }

  function asList(value) {
    return value == null ? [] : (Array.isArray(value) ? value : [value]);
  }

  /**
   * Bars side by side whose value labels are wider than a bar: the labels stand upright on their bars, so they
   * never reach the neighbouring bar or its label.
   */
  function fitBarLabels(option, slot, fontFamily) {
    var bars = asList(option.series).filter(function (s) {
      return s && s.type === 'bar' && s.label && s.label.show && s.label.position === 'top';
    });
    if (!bars.length) {
      return;
    }
    var barWidth = slot * 0.8 / (bars.length + 0.2 * (bars.length - 1));
    var font = '12px ' + fontFamily;
    var widest = 0;
    bars.forEach(function (s) {
      asList(s.data).forEach(function (d) {
        var value = d != null && typeof d === 'object' && !Array.isArray(d) ? d.value : d;
        widest = Math.max(widest, textWidth(valueText(value), font));
      });
    });
    if (widest > barWidth * 1.2) {
      bars.forEach(function (s) {
        s.label.rotate = 90;
        s.label.align = 'left';
        s.label.verticalAlign = 'middle';
        s.label.fontSize = 11;
      });
    }
  }

  /** Applies "clFit" of x axes (see above); answers whether any axis asked for it. */
  function fitCategoryLabels(option, element, fontFamily) {
    var fitted = false;
    var yAxes = asList(option.yAxis).length;
    asList(option.xAxis).forEach(function (axis) {
      var label = axis && axis.axisLabel;
      if (!label || !label.clFit) {
        return;
      }
      delete label.clFit;
      fitted = true;
      label.interval = 0;
      var names = asList(axis.data).map(function (d) { return d != null && typeof d === 'object' ? d.value : d; });
      var width = element.clientWidth;
      if (!names.length || !width) {
        return;
      }
      var grid = option.grid || {};
      var margins = (Number(grid.left) || 0) + (Number(grid.right) || 0) + 55 * Math.max(1, yAxes);
      var slot = Math.floor((width - margins) / names.length) - 6;
      var font = (label.fontSize || 12) + 'px ' + fontFamily;
      var widest = Math.max.apply(null, names.map(function (n) { return widestUnbreakable(n, font); }));
      fitBarLabels(option, slot, fontFamily);
      if (widest <= slot) {
        label.width = slot;
        label.overflow = 'break';
      } else {
        // upright, each label wrapped into lines along its own direction: it never reaches a neighbour's slot
        var longest = Math.max.apply(null, names.map(function (n) { return textWidth(String(n), font); }));
        label.rotate = 90;
        label.width = Math.min(Math.ceil(longest), 90);
        label.overflow = 'break';
      }
    });
    return fitted;
  }

  function whenEchartsLoaded(callback) {
    if (window.echarts) {
      callback();
      return;
    }
    var tries = 0;
    var timer = setInterval(function () {
      tries++;
      if (window.echarts) {
        clearInterval(timer);
        callback();
      } else if (tries > 600) {
        clearInterval(timer);
        console.error('cl-echart: echarts.min.js did not load');
      }
    }, 50);
  }

  var style = document.createElement('style');
  style.textContent = 'cl-echart{display:block;position:relative;width:100%;min-height:120px;box-sizing:border-box}';
  document.head.appendChild(style);

  class ClEchart extends HTMLElement {
    static get observedAttributes() {
      return ['locale'];
    }

    constructor() {
      super();
      this._option = null;
      this._chart = null;
      this._resizeObserver = null;
      this._resizePending = false;
    }

    /** The ECharts instance, or null before the element is connected and ECharts is loaded. */
    get chart() {
      return this._chart;
    }

    get optionJson() {
      return this._optionJson || '';
    }

    set optionJson(json) {
      this._optionJson = json;
      this._option = json ? JSON.parse(json) : null;
      this._apply();
    }

    connectedCallback() {
      var self = this;
      whenEchartsLoaded(function () {
        if (self.isConnected) {
          self._init();
        }
      });
    }

    disconnectedCallback() {
      this._dispose();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (name === 'locale' && oldValue !== newValue && this._chart) {
        this._dispose();
        this._init();
      }
    }

    _init() {
      if (this._chart) {
        return;
      }
      var locale = (this.getAttribute('locale') || 'ZH').toUpperCase() === 'EN' ? 'EN' : 'ZH';
      this._chart = window.echarts.init(this, null, { locale: locale, renderer: 'canvas' });
      var self = this;
      this._chart.on('click', function (params) {
        self._chart.dispatchAction({ type: 'hideTip' });
        var data = params.data;
        var id = data != null && typeof data === 'object' && data.id != null ? String(data.id) : null;
        self.dispatchEvent(new CustomEvent('chart-click', {
          bubbles: true,
          composed: true,
          detail: {
            seriesName: params.seriesName == null ? null : String(params.seriesName),
            seriesIndex: params.seriesIndex == null ? -1 : params.seriesIndex,
            seriesType: params.seriesType || null,
            dataType: params.dataType || null,
            name: params.name == null ? null : String(params.name),
            dataIndex: params.dataIndex == null ? -1 : params.dataIndex,
            dataId: id
          }
        }));
      });
      if (window.ResizeObserver) {
        this._resizeObserver = new ResizeObserver(function () {
          if (!self._resizePending) {
            self._resizePending = true;
            requestAnimationFrame(function () {
              self._resizePending = false;
              if (self._chart && self._refit) {
                self._apply();
              } else if (self._chart) {
                self._chart.resize();
              }
            });
          }
        });
        this._resizeObserver.observe(this);
      }
      this._apply();
    }

    _apply() {
      if (!this._chart || !this._option) {
        return;
      }
      var option = secure(JSON.parse(JSON.stringify(this._option)));
      var fontFamily = getComputedStyle(this).fontFamily;
      if (option.textStyle == null) {
        option.textStyle = { fontFamily: fontFamily };
      }
      this._refit = fitCategoryLabels(option, this, fontFamily);
      this._chart.setOption(option, { notMerge: true });
      this._chart.resize();
    }

    _dispose() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
        this._resizeObserver = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }
  }

  customElements.define('cl-echart', ClEchart);
})();
