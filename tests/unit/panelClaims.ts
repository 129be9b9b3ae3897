/**
 * What each panel is expected to show, written down by the tests rather than declared by the panels: the
 * indicators of data/indicators.json it shows, and whether it shows every project. The registry test holds
 * the panels to it (every figure of the data is shown on a panel listed here); the type makes the table
 * name every panel of the registry and no other.
 */
import type { PanelId } from '../../src/panels/registry'

export interface PanelClaim {
  indicators: readonly string[]
  projects?: true
}

export const PANEL_CLAIMS: Record<PanelId, PanelClaim> = {
  headline: { indicators: ['gdp', 'gdp_growth', 'fiscal_revenue', 'fiscal_revenue_growth', 'fixed_asset_investment', 'fixed_asset_investment_growth', 'disposable_income_per_capita', 'disposable_income_per_capita_growth', 'four_above_enterprises_total', 'four_above_enterprises_new'] },
  gdp: { indicators: ['gdp', 'gdp_growth'] },
  fiscal_revenue: { indicators: ['fiscal_revenue', 'fiscal_revenue_growth'] },
  investment: { indicators: ['fixed_asset_investment', 'fixed_asset_investment_growth', 'industrial_project_investment_growth', 'above_scale_industry_value_added_growth'] },
  income: { indicators: ['disposable_income_per_capita', 'disposable_income_per_capita_growth'] },
  village_tiers: { indicators: ['villages_total', 'villages_income_over_200k', 'villages_income_over_200k_share', 'villages_income_over_1m', 'party_led_cooperatives'] },
  feature_villages: { indicators: ['agricultural_feature_villages', 'culture_tourism_feature_villages', 'commerce_feature_villages', 'villages_total'] },
  village_commerce: { indicators: ['village_convenience_stores', 'village_convenience_stores_enhanced', 'village_convenience_stores_upgraded', 'village_convenience_store_coverage', 'villages_with_express_delivery', 'villages_total'] },
  key_projects: { indicators: [], projects: true },
  project_sectors: { indicators: [], projects: true },
  commerce: { indicators: ['above_scale_trade_enterprises', 'ecommerce_enterprises_and_shops', 'logistics_throughput_share'] },
  agriculture: { indicators: ['agricultural_leading_enterprises', 'green_certified', 'leisure_agriculture_sites', 'standardised_bases'] },
  land: { indicators: ['contracted_reserve_land', 'contracted_wasteland'] },
  enterprises: { indicators: ['four_above_enterprises_total', 'enterprises_served', 'vanguard_teams', 'four_above_enterprises_new'] },
  urban_housing: { indicators: ['residential_projects_under_construction', 'expected_new_residents', 'demolition_teams', 'demolition_cadres_mobilised', 'demolition_households_completed', 'houchenhu_demolition_years'] },
  governance: { indicators: ['petition_resolution_rate', 'civilisation_institute', 'civilisation_stations', 'special_supervisions'] },
  party: { indicators: ['management_district_committees', 'party_awards_two_excellent_one_advanced', 'party_led_cooperatives'] },
  honours: { indicators: [] },
}
