export interface GroupTables {}
