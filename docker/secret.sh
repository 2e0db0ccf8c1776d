# Sourced by the images' entrypoints (bash), which define die().
# secret NAME: the value of the variable NAME, or the content of the file that NAME_FILE names (a Docker or
# Kubernetes secret, e.g. OTP_DB_PASSWORD_FILE=/run/secrets/db-password), so that no password need be in the
# environment.
secret() {
  local file_var="${1}_FILE"
  if [[ -n "${!file_var:-}" ]]; then
    [[ -r "${!file_var}" ]] || die "$file_var: cannot read ${!file_var}"
    printf '%s' "$(<"${!file_var}")"
  else
    printf '%s' "${!1:-}"
  fi
}
