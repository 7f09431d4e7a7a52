export { formatRange, formatTime } from './time';
export { initials } from './names';
