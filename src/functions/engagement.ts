/*
 * Support and engagement KPIs (docs/functions.md) as Excel custom functions; conventions in
 * ./excel-result.ts.
 */

import { fcr } from "../core/kpi/fcr";
import { conversion } from "../core/kpi/conversion";
import { trialConversion } from "../core/kpi/trial-conversion";
import { stickiness } from "../core/kpi/stickiness";
import { avgSession } from "../core/kpi/avg-session";
import { usageRate } from "../core/kpi/usage-rate";
import { ttv } from "../core/kpi/ttv";
import { toExcel } from "./excel-result";

/**
 * First contact resolution rate: tickets resolved on the first contact divided by all tickets.
 * @customfunction FCR
 * @helpurl https://localhost:3000/help.html#FCR
 * @param resolved_on_first_contact Tickets solved in the first interaction, with no follow-up (a whole number).
 * @param total_tickets All tickets of the same period (a whole number, at least resolved_on_first_contact).
 * @returns The first contact resolution rate, e.g. 80.0%.
 */
export function FCR(resolved_on_first_contact: any, total_tickets: any): any {
  return toExcel("FCR", "rate", () => fcr(resolved_on_first_contact, total_tickets));
}

/**
 * Conversion rate: conversions divided by visitors (or leads) in the same period.
 * @customfunction CONVERSION
 * @helpurl https://localhost:3000/help.html#CONVERSION
 * @param conversions Visitors who converted (signed up, bought…), each counted once (a whole number).
 * @param visitors Visitors or leads of the same period (a whole number, at least conversions).
 * @returns The conversion rate, e.g. 3.0%.
 */
export function CONVERSION(conversions: any, visitors: any): any {
  return toExcel("CONVERSION", "rate", () => conversion(conversions, visitors));
}

/**
 * Free-trial conversion rate: trial users who became paying customers divided by all trial users.
 * @customfunction TRIALCONVERSION
 * @helpurl https://localhost:3000/help.html#TRIALCONVERSION
 * @param converted Trial users who became paying customers (a whole number).
 * @param trial_users All users who took the trial (a whole number, at least converted).
 * @returns The trial conversion rate, e.g. 15.0%.
 */
export function TRIALCONVERSION(converted: any, trial_users: any): any {
  return toExcel("TRIALCONVERSION", "rate", () => trialConversion(converted, trial_users));
}

/**
 * Stickiness: daily active users divided by monthly active users (DAU/MAU).
 * @customfunction STICKINESS
 * @helpurl https://localhost:3000/help.html#STICKINESS
 * @param dau Average daily active users over the month; may have decimals, e.g. 412.7.
 * @param mau Users active at least once in the same month (at least dau).
 * @returns The stickiness, e.g. 25.0%: users are active on about one day in four.
 */
export function STICKINESS(dau: any, mau: any): any {
  return toExcel("STICKINESS", "rate", () => stickiness(dau, mau));
}

/**
 * Average session length: total duration of all sessions divided by the number of sessions, in the unit of total_duration.
 * @customfunction AVGSESSION
 * @helpurl https://localhost:3000/help.html#AVGSESSION
 * @param total_duration Length of all sessions added up, in seconds, minutes or Excel time (days).
 * @param sessions Number of sessions (a whole number).
 * @returns The average session length, in the unit of total_duration.
 */
export function AVGSESSION(total_duration: any, sessions: any): any {
  return toExcel("AVGSESSION", "number", () => avgSession(total_duration, sessions));
}

/**
 * Product usage rate: share of customers whose usage value is at or above threshold. Blanks and text are ignored.
 * @customfunction USAGERATE
 * @helpurl https://localhost:3000/help.html#USAGERATE
 * @param usage_values Usage per customer (logins, active days, events…), numbers of 0 or more, e.g. C2:C500. Blanks and text are skipped.
 * @param threshold Usage a customer must reach to count as using the product, in the same unit. A value equal to it counts.
 * @returns The share of customers at or above the threshold, e.g. 66.7%.
 */
export function USAGERATE(usage_values: any[][], threshold: any): any {
  return toExcel("USAGERATE", "rate", () => usageRate(usage_values, threshold));
}

/**
 * Time to value in days: median (or mean) of first-value date − start date over customers who reached value. Blank value date = not yet.
 * @customfunction TTV
 * @helpurl https://localhost:3000/help.html#TTV
 * @param start_dates Start date of each customer (signup, contract, kick-off), one per row. Rows with a blank or text start (such as a header) are skipped.
 * @param value_dates Date each customer first reached value, same size as start_dates. Blank = not reached yet, left out.
 * @param [method] Optional. "median" (default) or "mean".
 * @returns Days from start to first value; times of day count as fractions of a day.
 */
export function TTV(start_dates: any[][], value_dates: any[][], method?: any): any {
  return toExcel("TTV", "number", () => ttv(start_dates, value_dates, method));
}
