#!/usr/bin/env python3
"""Writes conversations.json in the shape of ChatGPT's data export (as of 2025: `mapping` trees,
`current_node`, content types text/multimodal_text/code/execution_output/thoughts/
user_editable_context, hidden system messages, an edited (branched) user turn, a tool call to
`python`, and a content type the importer does not know). The text is synthetic; the shape follows
real exports. Deterministic: re-running writes the same bytes."""
import json, sys

def node(id, parent, children, message):
    return {"id": id, "message": message, "parent": parent, "children": children}

def msg(id, role, content, t, recipient="all", meta=None, name=None):
    return {"id": id, "author": {"role": role, "name": name, "metadata": {}}, "create_time": t, "update_time": None,
            "content": content, "status": "finished_successfully", "end_turn": None, "weight": 1.0,
            "metadata": meta or {}, "recipient": recipient, "channel": None}

def text(*parts): return {"content_type": "text", "parts": list(parts)}

t0 = 1732867200.5  # 2024-11-29
c1 = {
    "title": "Refund for a kettle", "create_time": t0, "update_time": t0 + 600, "conversation_id": "conv-kettle-1",
    "id": "conv-kettle-1", "default_model_slug": "gpt-4o", "current_node": "a2b", "gizmo_id": None, "is_archived": False,
    "moderation_results": [], "plugin_ids": None, "safe_urls": [],
    "mapping": {
        "root": node("root", None, ["sys"], None),
        "sys": node("sys", "root", ["ci"], msg("sys", "system", text(""), None, meta={"is_visually_hidden_from_conversation": True})),
        "ci": node("ci", "sys", ["u1"], msg("ci", "user", {"content_type": "user_editable_context",
                    "user_profile": "I run a small shop in Leeds. My email is jo.bloggs@example.co.uk.",
                    "user_instructions": "Answer briefly, in British English."}, None,
                    meta={"is_visually_hidden_from_conversation": True, "user_context_message_data": {
                        "about_user_message": "I run a small shop in Leeds. My email is jo.bloggs@example.co.uk.",
                        "about_model_message": "Answer briefly, in British English."}, "is_user_system_message": True})),
        "u1": node("u1", "ci", ["a1"], msg("u1", "user", text("A customer wants a refund for a kettle bought 40 days ago. Do I have to?"), t0 + 10)),
        "a1": node("a1", "u1", ["th", "u2a"], msg("a1", "assistant", text("Not for a change of mind after 30 days, but faulty goods are different."), t0 + 12,
                   meta={"model_slug": "gpt-4o"})),
        # The user edited their second message: u2a is the abandoned branch, u2b the current one.
        "u2a": node("u2a", "a1", ["a2a"], msg("u2a", "user", text("What if it is broken?"), t0 + 60)),
        "a2a": node("a2a", "u2a", [], msg("a2a", "assistant", text("Then it must be repaired or replaced."), t0 + 62, meta={"model_slug": "gpt-4o"})),
        "th": node("th", "a1", ["u2b"], msg("th", "assistant", {"content_type": "thoughts", "thoughts": [{"summary": "x", "content": "private"}]}, t0 + 65,
                   meta={"model_slug": "o3"})),
        "u2b": node("u2b", "th", ["code"], msg("u2b", "user", {"content_type": "multimodal_text", "parts": [
                    {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-abc", "size_bytes": 81234, "width": 800, "height": 600},
                    "Here is a photo of the kettle: the lid hinge is cracked. What are my obligations?"]}, t0 + 70)),
        "code": node("code", "u2b", ["out"], msg("code", "assistant", {"content_type": "code", "language": "python", "text": "print(40 - 30)"}, t0 + 72,
                     recipient="python", meta={"model_slug": "gpt-4o"})),
        "out": node("out", "code", ["a2b"], msg("out", "tool", {"content_type": "execution_output", "text": "10"}, t0 + 73, name="python")),
        "a2b": node("a2b", "out", [], msg("a2b", "assistant", text("A cracked hinge is a fault: offer a repair or replacement; a refund if that fails."), t0 + 75,
                    meta={"model_slug": "gpt-4o-2024-08-06"})),
    },
}
c2 = {
    "title": "Haiku", "create_time": t0 + 86400, "update_time": None, "conversation_id": "conv-haiku-2", "id": "conv-haiku-2",
    "default_model_slug": "gpt-4o-mini", "current_node": "b3",
    "mapping": {
        "r": node("r", None, ["b1"], None),
        "b1": node("b1", "r", ["b2"], msg("b1", "user", text("Write a haiku about rain in Leeds."), t0 + 86400)),
        "b2": node("b2", "b1", ["b3"], msg("b2", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 2s"}, t0 + 86401)),
        "b3": node("b3", "b2", ["b4"], msg("b3", "assistant", {"content_type": "some_future_type", "parts": ["Grey stone, softer sky"], "extra": 1}, t0 + 86402,
                   meta={"model_slug": "gpt-4o-mini"})),
        # After current_node: not on the active branch.
        "b4": node("b4", "b3", [], msg("b4", "user", text("Another?"), t0 + 86500)),
    },
}
c3 = {  # A conversation whose only user turn never got an answer.
    "title": "Unanswered", "create_time": None, "conversation_id": "conv-3", "current_node": "x1",
    "mapping": {"x0": node("x0", None, ["x1"], None), "x1": node("x1", "x0", [], msg("x1", "user", text("hello?"), None))},
}
json.dump([c1, c2, c3], open(sys.argv[1] if len(sys.argv) > 1 else "conversations.json", "w"), ensure_ascii=False)
