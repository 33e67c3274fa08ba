/** The ledger's core, checked and stripped of its prose by the ledger plugin of vite.config.ts. */
declare module 'virtual:cost-gap/ledger-core' {
  const core: import('./data/core').CoreLedgerData
  export default core
}
