-- Drives Neovim's built-in LSP client against `copydesk lsp` (run by NeovimClientTests):
-- opens the fixture, waits for diagnostics, asks for hovers, applies a quick fix and the
-- "disable this rule on this line" action, and checks what the server says after each edit.
-- Written for Neovim 0.7 (Debian 12) and later. Writes one line per check to $COPYDESK_RESULT;
-- exits with status 0 only when every check passed.
local copydesk = assert(os.getenv("COPYDESK_BIN"), "COPYDESK_BIN is not set")
local fixture = assert(os.getenv("COPYDESK_FIXTURE"), "COPYDESK_FIXTURE is not set")
local result_file = assert(io.open(assert(os.getenv("COPYDESK_RESULT")), "w"))

local function report(line)
  result_file:write(line .. "\n")
  result_file:flush()
end

local function finish(status)
  result_file:close()
  vim.cmd((status == 0) and "qall!" or "cquit! " .. status)
end

local function fail(message)
  report("FAIL " .. message)
  finish(1)
  error(message)
end

local function code_of(diagnostic)
  if diagnostic.code then return diagnostic.code end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code
end

local function find_diagnostic(bufnr, code)
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(diagnostic) == code then return diagnostic end
  end
  return nil
end

local function request(bufnr, method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  if not responses then fail(method .. ": no response") end
  for _, response in pairs(responses) do
    if response.err then fail(method .. ": " .. vim.inspect(response.err)) end
    return response.result
  end
  fail(method .. ": no client answered")
end

local function hover_text(bufnr, line, character)
  local result = request(bufnr, "textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = line, character = character },
  })
  if not result or not result.contents then return "" end
  return result.contents.value or ""
end

-- The position of the first occurrence of `text` in the buffer (0-based line, byte column).
local function locate(bufnr, text)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = line:find(text, 1, true)
    if column then return index - 1, column - 1 end
  end
  fail("the fixture has no `" .. text .. "`")
end

local function apply_action(bufnr, diagnostic, wanted_title)
  local lsp_diagnostic = {
    range = {
      start = { line = diagnostic.lnum, character = diagnostic.col },
      ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
    },
    message = diagnostic.message,
    code = code_of(diagnostic),
    source = "copydesk",
  }
  local actions = request(bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic } },
  }) or {}
  local titles, chosen = {}, nil
  for _, action in ipairs(actions) do
    table.insert(titles, action.title)
    if not chosen and action.title:find(wanted_title, 1, true) then chosen = action end
  end
  if not chosen then fail("no code action titled `" .. wanted_title .. "` among: " .. table.concat(titles, " | ")) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  return titles
end

vim.cmd("edit " .. vim.fn.fnameescape(fixture))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "copydesk",
  cmd = { copydesk, "lsp" },
  root_dir = vim.fn.fnamemodify(fixture, ":h"),
  init_options = { debounceMs = 50 },
})
if not client_id then fail("the client did not start") end
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1. Diagnostics on open.
if not vim.wait(30000, function() return find_diagnostic(bufnr, "dates/weekday-mismatch") ~= nil end, 50) then
  fail("no dates/weekday-mismatch diagnostic; got " .. vim.inspect(vim.diagnostic.get(bufnr)))
end
report("diagnostics " .. #vim.diagnostic.get(bufnr))
if not find_diagnostic(bufnr, "sanctions/listed-entity") then fail("no sanctions/listed-entity diagnostic") end

-- 2. Hover on fact tags: a date's normalised value, a quote's speaker, a sanctions entry.
local date_line, date_column = locate(bufnr, "2 December 2025")
local date_hover = hover_text(bufnr, date_line, date_column + 2)
if not date_hover:find("2025-12-02", 1, true) then fail("the date's hover lacks 2025-12-02: " .. date_hover) end
report("hover date " .. date_hover:gsub("\n", " "))
local quote_line, quote_column = locate(bufnr, "We will not sign")
local quote_hover = hover_text(bufnr, quote_line, quote_column + 3)
if not quote_hover:find("Ana Ruiz", 1, true) then fail("the quote's hover lacks its speaker: " .. quote_hover) end
report("hover quote " .. quote_hover:gsub("\n", " "))
local entity_line, entity_column = locate(bufnr, "Sovcomflot")
local entity_hover = hover_text(bufnr, entity_line, entity_column + 2)
if not entity_hover:find("programmes", 1, true) then fail("the sanctions hover lacks programmes: " .. entity_hover) end
report("hover sanctions " .. entity_hover:gsub("\n", " "))

-- 3. A quick fix: both readings of the weekday are offered; take "Tuesday".
local mismatch = find_diagnostic(bufnr, "dates/weekday-mismatch")
local titles = apply_action(bufnr, mismatch, "Tuesday")
report("weekday actions " .. table.concat(titles, " | "))
local joined = table.concat(titles, " | ")
if not (joined:find("is a Tuesday", 1, true) and joined:find("nearest Monday", 1, true)) then
  fail("both readings of the weekday should be offered: " .. joined)
end
local fixed_line = vim.api.nvim_buf_get_lines(bufnr, date_line, date_line + 1, false)[1]
if not fixed_line:find("Tuesday, 2 December 2025", 1, true) then fail("the fix was not applied: " .. fixed_line) end
if not vim.wait(30000, function() return find_diagnostic(bufnr, "dates/weekday-mismatch") == nil end, 50) then
  fail("the weekday diagnostic stayed after the fix")
end
report("fixed " .. fixed_line)

-- 4. "Disable this rule on this line" inserts the suppression comment and silences the finding.
local listed = find_diagnostic(bufnr, "sanctions/listed-entity")
apply_action(bufnr, listed, "Disable sanctions/listed-entity on this line")
local suppressed_line = vim.api.nvim_buf_get_lines(bufnr, listed.lnum, listed.lnum + 1, false)[1]
if not suppressed_line:find("<!-- copydesk-disable-line sanctions/listed-entity -->", 1, true) then
  fail("no suppression comment: " .. suppressed_line)
end
if not vim.wait(30000, function() return find_diagnostic(bufnr, "sanctions/listed-entity") == nil end, 50) then
  fail("the sanctions diagnostic stayed after the suppression")
end
report("suppressed " .. suppressed_line)

vim.lsp.stop_client(client_id)
report("OK")
finish(0)
