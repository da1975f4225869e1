// Use-log events of the foundation capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const foundationEvents = defineEvents({});
