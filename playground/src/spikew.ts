import { validateConnector, parseConnector } from 'connector-certify';
console.log(validateConnector(parseConnector({})).findings.length);
