// Use-log events of the measures capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const measuresEvents = defineEvents({});
