/** What a slot is for: a visit at a fixed service point, a home visit, or a mobile point's day (巡诊). */
export const VISIT_KINDS = ['clinic', 'home_visit', 'mobile'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  clinic: '门诊',
  home_visit: '上门服务',
  mobile: '流动服务点',
};

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'attended', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  attended: '已就诊',
  no_show: '爽约',
};

/** The package a home-visit booking needs. */
export const HOME_VISIT_PACKAGE = 'home_visit';
