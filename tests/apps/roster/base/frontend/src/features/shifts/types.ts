export interface Shift {
  id: number;
  role: string;
  starts_at: string;
  ends_at: string;
  staff_name: string | null;
}
