export * from './message-bus.port.js';
export * from './in-process/in-process-message-bus.js';
export * from './kafka/kafka-message-bus.js';
export * from './forwarder/event-forwarder.js';
export * from './inbox/inbox.entity.js';
export * from './inbox/idempotent-consumer.js';
