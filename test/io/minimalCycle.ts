/** The smallest valid cycle folder as file texts (one family, no rows elsewhere), with files replaced by `over`. */
export const minimal = (over: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
  "settings.csv": "key,value\ncompany,Co\ncycle_month,2026-03\nhistory_months,12\nhorizon_months,18\nbusiness_type,saas\nrevenue_target_per_month,1000\ngross_margin_target,0.5\ninventory_value_ceiling,100\n",
  "families.csv": "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply\nSeats,seats,10,4,0,100,0\n",
  "actuals.csv": "family,month,quantity\n",
  "pipeline.csv": "deal,family,quantity,stage,win_probability,close_month\n",
  "orders.csv": "order,line,family,quantity_ordered,quantity_delivered,promised_date,delivered_date\n",
  "actions.csv": "decision,owner,due_date,status\n",
  ...over,
});
