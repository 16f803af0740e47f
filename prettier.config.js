// Microsoft's Office add-in Prettier settings (100 columns), as office-addin-lint expects.
module.exports = require("office-addin-prettier-config");
