"""holdout16 log wrappers, in the shapes of /work/shared/fixtures/logs (ids and timestamps drawn from the seeded rng)."""
import json

from h16_common import HEX, ALNUM

REPLIES = ["Sure, here's a cleaned-up version.", "Here you go:", "Done. A few notes below.", "I've rewritten it below.",
           "Got it, see the revised text.", "Here's what is going on and how to fix it."]


def uuid(r):
    h = "".join(r.choice(HEX) for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def dumps(o, ascii_=False, compact=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else (", ", ": "))


def w_chatgpt_node(r, text):
    nid, pid, cid = uuid(r), uuid(r), uuid(r)
    node = {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}},
                                   "create_time": round(r.uniform(1.70e9, 1.76e9), 6), "update_time": None,
                                   "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully",
                                   "end_turn": None, "weight": 1.0,
                                   "metadata": {"request_id": "".join(r.choice(HEX) for _ in range(16)) + "-ARN", "message_source": None,
                                                "timestamp_": "absolute", "message_type": None},
                                   "recipient": "all", "channel": None},
            "parent": pid, "children": [cid]}
    return dumps(node, ascii_=True)


def w_claude_ai(r, text):
    t = ts(r)
    msg = {"uuid": uuid(r), "text": text, "sender": "human", "created_at": t, "updated_at": t, "attachments": [], "files": []}
    return dumps(msg)


def w_openai_chat(r, text):
    body = {"messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}],
            "model": r.choice(["gpt-4o-mini", "gpt-4o", "gpt-4.1"]), "stream": True, "stream_options": {"include_usage": True}}
    return dumps({"uri": "https://api.openai.com/v1/chat/completions", "request_body": body})


def w_openai_responses(r, text):
    body = {"input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "model": r.choice(["gpt-5", "gpt-4.1-mini"]),
            "store": False, "stream": False}
    return dumps({"uri": "https://api.openai.com/v1/responses", "request_body": body})


def w_anthropic_request(r, text):
    body = {"max_tokens": r.choice([1024, 4096, 8192]), "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
            "model": r.choice(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), "stream": True}
    return dumps({"uri": "https://api.anthropic.com/v1/messages", "request_body": body}, ascii_=r.random() < 0.5)


def w_llm_log(r, text):
    rec = {"id": "01" + "".join(r.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(24)), "model": r.choice(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]),
           "resolved_model": None, "options_json": {}, "conversation_id": "01" + "".join(r.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(24)),
           "duration_ms": r.randint(300, 9000), "datetime_utc": ts(r).replace("Z", "+00:00"), "input_tokens": r.randint(10, 900),
           "output_tokens": r.randint(10, 900), "conversation_name": r.choice(["Quick question", "Help with text", "Debugging", "Untitled"]),
           "prompt": text, "system": None, "response": r.choice(REPLIES), "prompt_fragments": [], "tools": [], "attachments": []}
    return dumps(rec)


def w_claude_code_user(r, text):
    rec = {"parentUuid": uuid(r), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/" + r.choice(["app", "site", "infra", "scripts"]),
           "sessionId": uuid(r), "version": "2.1.%d" % r.randint(20, 160), "gitBranch": r.choice(["main", "dev", "fix/auth"]), "type": "user",
           "message": {"role": "user", "content": text}, "uuid": uuid(r), "timestamp": ts(r)}
    return dumps(rec, compact=True)


def w_claude_code_tool_result(r, text):
    tid = "toolu_01" + "".join(r.choice(ALNUM) for _ in range(22))
    rec = {"parentUuid": uuid(r), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/app", "sessionId": uuid(r),
           "version": "2.1.%d" % r.randint(20, 160), "gitBranch": "main", "type": "user",
           "message": {"role": "user", "content": [{"tool_use_id": tid, "type": "tool_result", "content": text, "is_error": False}]},
           "uuid": uuid(r), "timestamp": ts(r), "toolUseResult": {"interrupted": False, "isImage": False}}
    return dumps(rec, compact=True)


def w_codex_user(r, text):
    rec = {"timestamp": ts(r), "type": "event_msg", "payload": {"type": "user_message", "message": text, "images": [], "local_images": [], "text_elements": []}}
    return dumps(rec, compact=True)


def w_codex_fco(r, text):
    inner = dumps({"output": text, "metadata": {"exit_code": r.choice([0, 0, 1]), "duration_seconds": round(r.uniform(0.01, 4), 1)}}, compact=True)
    rec = {"timestamp": ts(r), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + "".join(r.choice(ALNUM) for _ in range(24)), "output": inner}}
    return dumps(rec, compact=True)


def w_otel(r, text):
    msgs = dumps([{"role": "user", "parts": [{"type": "text", "content": text}]}], compact=True)
    span = {"name": "chat " + r.choice(["gpt-4o", "claude-sonnet-4-5"]), "trace_id": "".join(r.choice(HEX) for _ in range(32)),
            "span_id": "".join(r.choice(HEX) for _ in range(16)),
            "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": r.choice(["openai", "anthropic"]),
                           "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs}}
    return dumps(span)


def w_sharegpt(r, text):
    conv = {"id": "identity_%d" % r.randint(0, 99999), "conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": r.choice(REPLIES)}]}
    return dumps(conv)


# name, function, weight, for tool output (True) or human turn (False)
WRAPPERS = [("chatgpt_node", w_chatgpt_node, 6, False), ("claude_ai", w_claude_ai, 5, False), ("openai_chat", w_openai_chat, 4, False),
            ("openai_responses", w_openai_responses, 3, False), ("anthropic_request", w_anthropic_request, 4, False),
            ("llm_log", w_llm_log, 3, False), ("claude_code_user", w_claude_code_user, 4, False), ("codex_user", w_codex_user, 3, False),
            ("otel", w_otel, 3, False), ("sharegpt", w_sharegpt, 3, False),
            ("claude_code_tool_result", w_claude_code_tool_result, 5, True), ("codex_fco", w_codex_fco, 4, True)]
