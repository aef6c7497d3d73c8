// A form and a link need no script: the page is plain HTML, which also makes it the lightest
// first step for a phone that has just scanned the code (the form posts without JavaScript).
export const csr = false;
