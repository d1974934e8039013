#!/usr/bin/env python3
"""A scripted model server for replay's tests, on 127.0.0.1 (a random port).

Speaks OpenAI Chat Completions (POST /v1/chat/completions), OpenAI embeddings (POST /v1/embeddings:
a bag of hashed words per text) and Anthropic Messages
(POST /v1/messages) in the shapes the real APIs return, plain or streamed (server-sent events).

  stub_server.py --dir DIR [--latency SECONDS]

DIR/port       the port, written once listening
DIR/script.json (optional) {"<text in the last user turn>": [behaviour, ...], ...}: the behaviours
               are used in order for requests whose last user turn contains the text; after the
               last one, a normal reply. Behaviours:
                 {"reply": "text"}                       a normal answer with this text
                 {"tool_call": "name", "arguments": {}}  a tool call ("raw": "text" sends malformed arguments)
                 {"tool_calls": [{"name": .., "arguments": ..}, ..], "reply": "text"}
                                                         several calls in one turn (with text alongside)
                 {"status": 429, "retry_after": 1}       an error status (any code), optional Retry-After;
                                                         "echo_request": true puts the path and key in the message
                 {"sleep": 3}                            wait, then answer normally
                 {"malformed": true}                     200 with a body that is not JSON
                 {"truncated": true}                     200 with half a JSON body, then close
                 {"drop": true}                          close the connection without an answer
DIR/requests.jsonl every request: {"path", "headers", "body"}
DIR/stats.json     {"requests": n, "max_in_flight": n}
"""
import argparse, json, os, signal, socket, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--dir", required=True)
parser.add_argument("--latency", type=float, default=0.0)
parser.add_argument("--fast", action="store_true",
                    help="benchmark mode: asyncio, one fixed OpenAI answer after --latency, no script and no request log")
args = parser.parse_args()
# A parent that started us from a worker thread may have left SIGTERM blocked.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])

lock = threading.Lock()
state = {"requests": 0, "in_flight": 0, "max_in_flight": 0, "used": {}}


def load_script():
    path = os.path.join(args.dir, "script.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.load(f)


def last_user_text(body, anthropic):
    for message in reversed(body.get("messages", [])):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        texts = [b.get("text", "") for b in content or [] if isinstance(b, dict) and b.get("type") == "text"]
        if texts:
            return " ".join(texts)
        if anthropic:
            continue
    return ""


def behaviour_for(text):
    script = load_script()
    with lock:
        for needle, steps in script.items():
            if needle in text:
                used = state["used"].get(needle, 0)
                state["used"][needle] = used + 1
                if used < len(steps):
                    return steps[used]
    return {}


def embeddings_body(body):
    """OpenAI embeddings: a bag of hashed lowercase words in 64 dimensions per input (texts sharing
    words point the same way), in a shuffled order with their indices, as servers may answer."""
    import re, zlib
    inputs = body.get("input", [])
    if isinstance(inputs, str):
        inputs = [inputs]
    data = []
    for index, text in enumerate(inputs):
        vector = [0.0] * 64
        for word in re.findall(r"\w+", text.lower()):
            vector[zlib.crc32(word.encode()) % 64] += 1.0
        data.append({"object": "embedding", "index": index, "embedding": vector})
    data.reverse()
    return {"object": "list", "model": body.get("model", "stub"), "data": data,
            "usage": {"prompt_tokens": 0, "total_tokens": 0}}


def args_text(call):
    """A call's arguments as the API sends them: JSON text, or the raw text a test asks for."""
    return call["raw"] if call.get("raw") is not None else json.dumps(call["arguments"])


def openai_body(model, text, tools):
    message = {"role": "assistant", "content": (text if text else None) if tools else text, "refusal": None, "annotations": []}
    if tools:
        message["tool_calls"] = [{"id": "call_stub%d" % (n + 1), "type": "function",
                                  "function": {"name": c["name"], "arguments": args_text(c)}} for n, c in enumerate(tools)]
    return {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": model + "-2026-01-01",
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "tool_calls" if tools else "stop"}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            "service_tier": "default", "system_fingerprint": "fp_stub"}


def openai_stream(model, text, tools):
    base = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": int(time.time()), "model": model + "-2026-01-01"}
    chunks = [dict(base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])]
    if tools:
        for n, c in enumerate(tools):
            chunks.append(dict(base, choices=[{"index": 0, "delta": {"tool_calls": [{"index": n, "id": "call_stub%d" % (n + 1), "type": "function", "function": {"name": c["name"], "arguments": ""}}]}, "finish_reason": None}]))
            chunks.append(dict(base, choices=[{"index": 0, "delta": {"tool_calls": [{"index": n, "function": {"arguments": args_text(c)}}]}, "finish_reason": None}]))
    else:
        for word in text.split(" "):
            chunks.append(dict(base, choices=[{"index": 0, "delta": {"content": word + " " if word != text.split(" ")[-1] else word}, "finish_reason": None}]))
    chunks.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "tool_calls" if tools else "stop"}]))
    chunks.append(dict(base, choices=[], usage={"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}))
    return "".join("data: " + json.dumps(c) + "\n\n" for c in chunks) + "data: [DONE]\n\n"


def anthropic_body(model, text, tools):
    if tools:
        content = ([{"type": "text", "text": text}] if text else []) + [
            {"type": "tool_use", "id": "toolu_stub%d" % (n + 1), "name": c["name"], "input": c["arguments"]} for n, c in enumerate(tools)]
    else:
        content = [{"type": "text", "text": text}]
    return {"id": "msg_stub", "type": "message", "role": "assistant", "model": model, "content": content,
            "stop_reason": "tool_use" if tools else "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 13, "output_tokens": 5}}


def anthropic_stream(model, text, tools):
    events = [("message_start", {"type": "message_start", "message": {"id": "msg_stub", "type": "message", "role": "assistant", "model": model, "content": [], "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 13, "output_tokens": 1}}})]
    if tools:
        for n, c in enumerate(tools):
            events.append(("content_block_start", {"type": "content_block_start", "index": n, "content_block": {"type": "tool_use", "id": "toolu_stub%d" % (n + 1), "name": c["name"], "input": {}}}))
            events.append(("content_block_delta", {"type": "content_block_delta", "index": n, "delta": {"type": "input_json_delta", "partial_json": args_text(c)}}))
            events.append(("content_block_stop", {"type": "content_block_stop", "index": n}))
    else:
        events.append(("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}))
        events.append(("ping", {"type": "ping"}))
        events.append(("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
    events.append(("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use" if tools else "end_turn", "stop_sequence": None}, "usage": {"output_tokens": 5}}))
    events.append(("message_stop", {"type": "message_stop"}))
    return "".join("event: %s\ndata: %s\n\n" % (name, json.dumps(data)) for name, data in events)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send(self, status, body, content_type="application/json", extra=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        with lock:
            state["requests"] += 1
            state["in_flight"] += 1
            state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
            with open(os.path.join(args.dir, "requests.jsonl"), "a") as f:
                f.write(json.dumps({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": raw.decode()}) + "\n")
        try:
            self.answer(raw)
        finally:
            with lock:
                state["in_flight"] -= 1
                with open(os.path.join(args.dir, "stats.json.tmp"), "w") as f:
                    json.dump({"requests": state["requests"], "max_in_flight": state["max_in_flight"]}, f)
                os.replace(os.path.join(args.dir, "stats.json.tmp"), os.path.join(args.dir, "stats.json"))

    def answer(self, raw):
        path = self.path.split("?", 1)[0]
        if path.endswith("/embeddings"):
            return self.send(200, json.dumps(embeddings_body(json.loads(raw or b"{}"))))
        anthropic = path.endswith("/v1/messages")
        if not (anthropic or path.endswith("/chat/completions")):
            return self.send(404, json.dumps({"error": {"message": "unknown path " + self.path}}))
        try:
            body = json.loads(raw)
        except ValueError:
            return self.send(400, json.dumps({"error": {"message": "request body is not JSON"}}))
        if anthropic and "max_tokens" not in body:
            return self.send(400, json.dumps({"type": "error", "error": {"type": "invalid_request_error", "message": "max_tokens: Field required"}}))
        if args.latency:
            time.sleep(args.latency)
        text = last_user_text(body, anthropic)
        step = behaviour_for(text)
        if "sleep" in step:
            time.sleep(step["sleep"])
        if "status" in step:
            extra = {"Retry-After": str(step["retry_after"])} if "retry_after" in step else {}
            message = {401: "Incorrect API key provided", 429: "Rate limit reached", 500: "The server had an error"}.get(step["status"], "error")
            if step.get("echo_request"):
                message += " for " + self.path + " with " + (self.headers.get("Authorization") or self.headers.get("x-api-key") or "")
            return self.send(step["status"], json.dumps({"error": {"message": message, "type": "stub"}}), extra=extra)
        if step.get("malformed"):
            return self.send(200, "<html>Bad gateway</html>")
        if step.get("drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        model = body.get("model", "stub")
        if "tool_calls" in step:
            tool = [{"name": c["name"], "arguments": c.get("arguments", {}), "raw": c.get("raw")} for c in step["tool_calls"]]
        elif "tool_call" in step:
            tool = [{"name": step["tool_call"], "arguments": step.get("arguments", {}), "raw": step.get("raw")}]
        else:
            tool = None
        reply = step.get("reply", "" if tool else "Answer to: " + text)
        stream = body.get("stream") is True
        if step.get("truncated"):
            full = json.dumps(anthropic_body(model, reply, tool) if anthropic else openai_body(model, reply, tool)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(full)))
            self.end_headers()
            self.wfile.write(full[: len(full) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if stream:
            payload = anthropic_stream(model, reply, tool) if anthropic else openai_stream(model, reply, tool)
            return self.send(200, payload, "text/event-stream; charset=utf-8")
        payload = anthropic_body(model, reply, tool) if anthropic else openai_body(model, reply, tool)
        extra = {"request-id": "req_stub"} if anthropic else {"x-request-id": "req_stub"}
        return self.send(200, json.dumps(payload), extra=extra)


def serve_fast():
    """A minimal keep-alive HTTP/1.1 server on asyncio: little CPU per request, so that a
    benchmark measures the client, not this stub."""
    import asyncio

    payload = json.dumps(openai_body("stub", "Answer from the benchmark stub.", None)).encode()
    response = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(args.latency)
                writer.write(response)
                await writer.drain()
                with lock:
                    state["requests"] += 1
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port = server.sockets[0].getsockname()[1]
        with open(os.path.join(args.dir, "port.tmp"), "w") as f:
            f.write(str(port))
        os.replace(os.path.join(args.dir, "port.tmp"), os.path.join(args.dir, "port"))
        async with server:
            await server.serve_forever()

    asyncio.run(main())


if args.fast:
    serve_fast()
    raise SystemExit(0)

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(os.path.join(args.dir, "port.tmp"), "w") as f:
    f.write(str(server.server_address[1]))
os.replace(os.path.join(args.dir, "port.tmp"), os.path.join(args.dir, "port"))
server.serve_forever()
