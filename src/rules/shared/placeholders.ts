/** Text of Microsoft's connector templates that authors are meant to replace. */
export const templateTitle =
  "Name of connector. Title cannot include words 'API', 'Connector', or a Power Platform product name.";
export const templateDescription = 'Short description of the connecting service, between 30 and 500 characters.';
