// Started by the page once it has painted (src/prepaint.ts), while the app's code downloads. The first use
// of the browser's number formats loads their locale data: a one-off cost of some 50 ms, shared by the
// whole page, paid here on a worker's thread instead of on the page's.
new Intl.NumberFormat(self.name || 'en', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' }).format(1)
close()
