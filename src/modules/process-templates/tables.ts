export interface ProcessTemplateTables {}
