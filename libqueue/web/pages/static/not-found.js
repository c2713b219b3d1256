// An address the branch has no page for: said in the customer's language, with the way back.
'use strict';

tessera.start(() => {}, () => true); // with no connection, the English above still says it
