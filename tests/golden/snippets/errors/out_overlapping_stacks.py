# out= that shares memory with an input: cat and the stacks refuse it (stack resizes out first)
import torch
for name, f in [("cat", lambda x, y: torch.cat([x, y], out=x)), ("stack", lambda x, y: torch.stack([x, y], out=x)), ("vstack", lambda x, y: torch.vstack([x, y], out=x)),
                ("hstack", lambda x, y: torch.hstack([x, y], out=x)), ("row_stack", lambda x, y: torch.row_stack([x, y], out=x)), ("cat_y", lambda x, y: torch.cat([x, y], out=y)),
                ("add", lambda x, y: torch.add(x, y, out=x)), ("mm", lambda x, y: torch.mm(x.view(2, 1), y.view(1, 2), out=x.view(2, 1).expand(2, 2) if False else torch.empty(2, 2))), ("cat_view", lambda x, y: torch.cat([x[:1], y], out=x))]:
    x = torch.tensor([1.0, 2.0]); y = torch.tensor([3.0, 4.0])
    try:
        r = f(x, y); print(name, "ok", r, x)
    except RuntimeError as e: print(name, "RuntimeError", str(e)[:200])
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for name, f in [("stack_same_shape", lambda: torch.stack([x[0], x[1]], out=x)), ("stack_other_out", lambda: torch.stack([x[0], x[1]], out=torch.empty(2, 2))),
                ("vstack_rows", lambda: torch.vstack([x[0], x[1]], out=x)), ("hstack_rows", lambda: torch.hstack([x[0], x[1]], out=torch.empty(4)))]:
    try: print(name, f())
    except RuntimeError as e: print(name, "RuntimeError", e)
