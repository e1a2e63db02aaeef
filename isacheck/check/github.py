"""The sticky pull-request comment: create it once, then update the same comment on every run.

GitHub REST API (issues comments; a pull request is an issue for comments):
  GET   {api}/repos/{owner}/{repo}/issues/{number}/comments?per_page=100&page=N   find ours by MARKER
  POST  {api}/repos/{owner}/{repo}/issues/{number}/comments                       create
  PATCH {api}/repos/{owner}/{repo}/issues/comments/{id}                           update

The token is sent in the Authorization header and nowhere else: never printed, logged or put in
an error message (errors are worded here from the status code, not from the exception text,
which could quote a request). Every failure is one line, returned, never raised: the check's own
result and exit code are reported whatever GitHub says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from isacheck.config import GitHubEnv
from isacheck.report.markdown import MARKER

_MAX_PAGES = 20          # 2,000 comments: a pull request with more is not searched further


@dataclass(frozen=True)
class CommentOutcome:
    ok: bool
    message: str         # one line for stderr
    comment_id: int | None = None
    action: str | None = None      # "created" | "updated"


def pr_number(env: GitHubEnv) -> int | None:
    """From the event payload (pull_request / issue number), else from refs/pull/<n>/merge."""
    if env.event_path:
        try:
            with open(env.event_path, encoding="utf-8") as f:
                event = json.load(f)
            for key in ("pull_request", "issue"):
                n = (event.get(key) or {}).get("number")
                if isinstance(n, int):
                    return n
            if isinstance(event.get("number"), int):
                return event["number"]
        except (OSError, ValueError, AttributeError):
            pass
    m = re.fullmatch(r"refs/pull/(\d+)/(?:merge|head)", env.ref or "")
    return int(m.group(1)) if m else None


def _failure(what: str, resp) -> str:
    code = resp.status_code
    remaining = resp.headers.get("x-ratelimit-remaining")
    if code == 429 or (code == 403 and remaining == "0"):
        reset = resp.headers.get("x-ratelimit-reset")
        return f"GitHub rate limit reached while trying to {what} ({code}{', resets at epoch ' + reset if reset else ''})"
    if code in (401, 403, 404):
        hint = {401: "the token was refused", 403: "the token may not write comments (a pull request from a fork "
                "gets a read-only token; give the job `permissions: pull-requests: write`)",
                404: "no such repository or pull request, or the token cannot see it"}[code]
        return f"GitHub refused to {what} ({code}): {hint}"
    if code >= 500:
        return f"GitHub failed to {what} ({code} server error); the comment was not updated"
    return f"GitHub could not {what} ({code})"


def post_comment(body: str, env: GitHubEnv) -> CommentOutcome:
    if not env.token:
        return CommentOutcome(False, "--github-comment: GITHUB_TOKEN is not set; no comment posted")
    if not env.repository or "/" not in env.repository:
        return CommentOutcome(False, "--github-comment: GITHUB_REPOSITORY (owner/name) is not set; no comment posted")
    number = pr_number(env)
    if number is None:
        return CommentOutcome(False, "--github-comment: not a pull request (no number in GITHUB_EVENT_PATH or "
                                     "GITHUB_REF); no comment posted")
    import requests

    if MARKER not in body:
        body = MARKER + "\n" + body
    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {env.token}", "Accept": "application/vnd.github+json",
                            "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "isacheck"})
    base = f"{env.api_url}/repos/{env.repository}"
    try:
        existing = None
        for page in range(1, _MAX_PAGES + 1):
            resp = session.get(f"{base}/issues/{number}/comments", params={"per_page": 100, "page": page},
                               timeout=env.timeout)
            if resp.status_code != 200:
                return CommentOutcome(False, _failure(f"list the comments of #{number}", resp))
            comments = resp.json()
            if not isinstance(comments, list):
                return CommentOutcome(False, f"GitHub sent an unexpected answer listing the comments of #{number}")
            existing = next((c for c in comments if isinstance(c, dict) and MARKER in str(c.get("body", ""))), None)
            if existing is not None or len(comments) < 100:
                break
        if existing is not None:
            resp = session.patch(f"{base}/issues/comments/{existing['id']}", json={"body": body}, timeout=env.timeout)
            if resp.status_code != 200:
                return CommentOutcome(False, _failure(f"update comment {existing['id']} on #{number}", resp))
            return CommentOutcome(True, f"updated the isacheck comment on #{number}", existing["id"], "updated")
        resp = session.post(f"{base}/issues/{number}/comments", json={"body": body}, timeout=env.timeout)
        if resp.status_code != 201:
            return CommentOutcome(False, _failure(f"comment on #{number}", resp))
        cid = resp.json().get("id")
        return CommentOutcome(True, f"created the isacheck comment on #{number}", cid, "created")
    except requests.Timeout:
        return CommentOutcome(False, f"GitHub did not answer within {env.timeout:g} s; no comment posted on #{number}")
    except requests.ConnectionError:
        return CommentOutcome(False, f"cannot reach the GitHub API at {env.api_url}; no comment posted on #{number}")
    except (requests.RequestException, ValueError, KeyError, TypeError):
        return CommentOutcome(False, f"GitHub sent an answer isacheck cannot read; no comment posted on #{number}")
    finally:
        session.close()


def post_result(result) -> CommentOutcome:
    """The check's Markdown report as the sticky comment, with the environment's GitHub settings."""
    import io

    from isacheck.config import github_env
    from isacheck.errors import IsacheckError
    from isacheck.report.markdown import render

    try:
        env = github_env()
    except IsacheckError as exc:
        return CommentOutcome(False, f"--github-comment: {exc}")
    body = io.StringIO()
    render(result, body)
    return post_comment(body.getvalue(), env)
