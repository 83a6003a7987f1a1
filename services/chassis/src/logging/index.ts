export * from './levels.js'
export { logger, configureLogging, loggingSettings, type Logger, type LogFields, type LogFormat, type LoggingSettings } from './logger.js'
export { bridgeGrpcLogs } from './grpc-bridge.js'
