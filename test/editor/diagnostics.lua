-- Opens a connector file in Neovim, attaches the connector-certify language server through Neovim's own LSP client,
-- waits for its diagnostics, hovers the first one and writes what the editor holds as JSON.
-- Environment: CC_LSP_CMD (the server's command, tab-separated), CC_FILE (the file to open), CC_OUT (the result file).
local cmd = vim.split(os.getenv('CC_LSP_CMD'), '\t')
local file = os.getenv('CC_FILE')
local out = os.getenv('CC_OUT')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local config = { name = 'connector-certify', cmd = cmd, root_dir = vim.fn.fnamemodify(file, ':h') }
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  -- Neovim before 0.8 (Debian 12 ships 0.7): start the client, then attach the buffer.
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client_id)
end

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor), diagnostics = {} }
result.received = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.code, source = d.source, message = d.message,
  })
end

local first = vim.diagnostic.get(buf)[1]
if first then
  -- Neovim's columns are bytes, the server's UTF-16 units: one character into the finding, converted.
  local line = vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1]
  local _, utf16 = vim.str_utfindex(line, math.min(first.col + 1, #line))
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = first.lnum, character = utf16 } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result.contents then result.hover = response.result.contents.value end
  end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
