// Use-log events of the participation capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const participationEvents = defineEvents({});
