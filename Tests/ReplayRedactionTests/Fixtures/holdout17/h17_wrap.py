"""holdout17 wrappers: the log shapes a human turn or a tool output is stored in (one JSON line each).

Shapes follow /work/shared/fixtures/logs (ChatGPT export mapping node, Claude.ai export message, OpenAI Chat
Completions / Responses request, Anthropic Messages request, llm logs row, Claude Code user line and tool_result,
Codex user_message and function_call_output, OTel gen_ai.input.messages, ShareGPT). The text is stored once.
"""
import json

import h17_core as C

REPLIES = ["Sure - here is a cleaner version.", "Here's a draft you can adapt.", "Let's go through it step by step.",
           "A few things could cause this.", "Done. Let me know if you want a shorter version.", "Good question."]


def _uuid(r):
    return C.o_uuid(r)


def _ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def _epoch(r):
    return "%d.%06d" % (r.randint(1700000000, 1760000000), r.randint(0, 999999))


def dumps(o, ascii_only=False):
    return json.dumps(o, ensure_ascii=ascii_only, separators=(", ", ": "))


def compact(o, ascii_only=False):
    return json.dumps(o, ensure_ascii=ascii_only, separators=(",", ":"))


def w_chatgpt_node(r, text, dev):
    nid = _uuid(r)
    node = {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}},
                                   "create_time": float(_epoch(r)), "update_time": None,
                                   "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully",
                                   "end_turn": None, "weight": 1.0, "metadata": {"request_id": C.rs(r, C.HEX, 16), "message_source": None},
                                   "recipient": "all", "channel": None},
            "parent": _uuid(r), "children": [_uuid(r)]}
    return dumps(node, ascii_only=True)


def w_claude_export(r, text, dev):
    t = _ts(r)
    return dumps({"uuid": _uuid(r), "text": text, "sender": "human", "created_at": t, "updated_at": t, "attachments": [], "files": []})


def w_openai_chat(r, text, dev):
    return dumps({"model": r.choice(["gpt-4o-mini", "gpt-4.1", "gpt-4o"]), "messages": [
        {"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}], "stream": True})


def w_responses(r, text, dev):
    return dumps({"input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "model": r.choice(["gpt-5", "gpt-5-mini", "o4-mini"]),
                  "store": False, "stream": False})


def w_anthropic_request(r, text, dev):
    return dumps({"max_tokens": r.choice([1024, 4096, 8192]), "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
                  "model": r.choice(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), "stream": True}, ascii_only=r.random() < 0.5)


def w_llm_log(r, text, dev):
    return dumps({"id": C.rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 26), "model": r.choice(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]),
                  "conversation_id": C.rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 26), "datetime_utc": _ts(r).replace("Z", "+00:00"),
                  "prompt": text, "system": None, "response": r.choice(REPLIES), "prompt_fragments": [], "tools": []})


def w_cc_user(r, text, dev):
    return compact({"parentUuid": _uuid(r), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/%s" % r.choice(["app", "infra", "site", "api"]),
                    "sessionId": _uuid(r), "version": "2.1.%d" % r.randint(10, 90), "gitBranch": "main", "type": "user",
                    "message": {"role": "user", "content": text}, "uuid": _uuid(r), "timestamp": _ts(r)})


def w_cc_tool_result(r, text, dev):
    return compact({"parentUuid": _uuid(r), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/project", "sessionId": _uuid(r),
                    "version": "2.1.%d" % r.randint(10, 90), "type": "user",
                    "message": {"role": "user", "content": [{"tool_use_id": "toolu_01" + C.rs(r, C.ALNUM, 22), "type": "tool_result", "content": text}]},
                    "uuid": _uuid(r), "timestamp": _ts(r)})


def w_codex_user(r, text, dev):
    return compact({"timestamp": _ts(r), "type": "event_msg", "payload": {"type": "user_message", "message": text, "images": [],
                                                                          "local_images": [], "text_elements": [], "client_id": "cli"}})


def w_codex_fco(r, text, dev):
    inner = compact({"output": text, "metadata": {"exit_code": 0, "duration_seconds": round(r.uniform(0.01, 3.0), 1)}})
    return compact({"timestamp": _ts(r), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + C.rs(r, C.ALNUM, 24), "output": inner}})


def w_otel(r, text, dev):
    msgs = compact([{"role": "user", "parts": [{"type": "text", "content": text}]}])
    return dumps({"name": "chat gpt-4o", "kind": "CLIENT", "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai",
                                                                         "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs}})


def w_sharegpt(r, text, dev):
    return dumps({"id": "identity_%d" % r.randint(0, 99999), "conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": r.choice(REPLIES)}]})


CHAT_WRAPPERS = [("chatgpt_node", w_chatgpt_node), ("claude_export", w_claude_export), ("openai_chat", w_openai_chat), ("responses", w_responses),
                 ("anthropic_request", w_anthropic_request), ("llm_log", w_llm_log), ("cc_user", w_cc_user), ("codex_user", w_codex_user),
                 ("otel", w_otel), ("sharegpt", w_sharegpt)]
TOOL_WRAPPERS = [("cc_tool_result", w_cc_tool_result), ("codex_fco", w_codex_fco)]
