"""Logs scripted conversations with the installed `llm` into a logs.db (offline, deterministic text)."""
import sys, os, base64
import llm
import sqlite_utils
from typing import Optional
from llm.plugins import pm

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

class Scripted(llm.Model):
    model_id = "scripted-rich"
    can_stream = False
    supports_tools = True
    attachment_types = {"image/png"}

    class Options(llm.Options):
        temperature: Optional[float] = None
        top_p: Optional[float] = None
        max_tokens: Optional[int] = None
        seed: Optional[int] = None
        stop: Optional[str] = None

    def execute(self, prompt, stream, response, conversation=None):
        if prompt.tool_results:
            yield "Tools said: " + ", ".join(r.output for r in prompt.tool_results)
            return
        text = prompt.prompt or ""
        if prompt.tools and "weather" in text:
            response.add_tool_call(llm.ToolCall(name="get_weather", arguments={"city": "Lima"}, tool_call_id="call_w1"))
            response.add_tool_call(llm.ToolCall(name="get_time", arguments={"tz": "America/Lima"}, tool_call_id="call_t1"))
            return
        n = len(prompt.attachments or [])
        yield "Reply to: " + text.splitlines()[-1] + (f" (with {n} attachment)" if n else "")

class Plugin:
    __name__ = "scripted"
    @llm.hookimpl
    def register_models(self, register):
        register(Scripted())

pm.register(Plugin(), name="scripted")

def get_weather(city: str) -> str:
    "Weather for a city."
    return f"sunny in {city}"

def get_time(tz: str) -> str:
    "Current time in a time zone."
    return "09:30"

def main(path, step):
    db = sqlite_utils.Database(path)
    from llm.migrations import migrate
    migrate(db)
    model = llm.get_model("scripted-rich")
    def log(r):
        r.text()
        r.log_to_db(db)
    if step == "base":
        # 1. System prompt + system fragment, prompt fragment, options; second prompt changes the system prompt.
        c = model.conversation()
        log(c.prompt("Summarize the notes", system="You are a careful summarizer.", system_fragments=["House style: short."],
                     fragments=["NOTES: pelicans eat fish."], temperature=0.2, max_tokens=300, seed=7, stop="END", top_p=0.9))
        log(c.prompt("Now in French"))
        log(c.prompt("And in Spanish, formally", system="You are a formal translator."))
        # 2. An image attachment.
        c2 = model.conversation()
        log(c2.prompt("Describe this image", attachments=[llm.Attachment(content=PNG, type="image/png")]))
        # 3. A tool loop with two calls in one step.
        c3 = model.conversation()
        chain = c3.chain("What is the weather and time in Lima?", tools=[get_weather, get_time])
        chain.text()
        chain.log_to_db(db)
    elif step == "continue":
        # Continue the first conversation (by id) with this version of llm.
        from llm.cli import load_conversation
        cid = sys.argv[3]
        conv = load_conversation(cid, database=path)
        log(conv.prompt("One more: in German"))
    elif step == "fork":
        from llm.logs import LogStore
        from llm.cli import load_conversation
        store = LogStore(db)
        thread = next(db.query("select id from threads order by rowid limit 1"))["id"]
        # Fork after the first assistant reply.
        first_reply = next(db.query("select tip_message_hash from turns where thread_id = ? order by id limit 1", [thread]))["tip_message_hash"]
        fork = store.fork(first_reply, name="Forked: Italian", forked_from=thread)
        conv = model.conversation()
        conv.loaded_messages = store.thread_messages(fork)
        r = conv.prompt("Now in Italian instead")
        r.text()
        store.log(r, thread_id=fork)

main(sys.argv[1], sys.argv[2])
