# Scalar-autograd lecture: torch's backward graph for a small expression, listed leaves-first by a
# depth-first walk, with each node's name and how many inputs it has.
import torch

p = torch.tensor(1.5, requires_grad=True)
q = torch.tensor(-0.75, requires_grad=True)
r = torch.tensor(4.0, requires_grad=True)
s = torch.tensor(0.5, requires_grad=True)
out = ((p * q + r) * s).tanh() + p ** 2
order, seen = [], set()


def walk(fn):
    if fn is None or fn in seen:
        return
    seen.add(fn)
    for child, _ in fn.next_functions:
        walk(child)
    order.append((type(fn).__name__, len(fn.next_functions)))


walk(out.grad_fn)
print(order)
out.backward()
print([t.grad.item() for t in (p, q, r, s)], out.item())
print(out.grad_fn.next_functions[1][0].next_functions)
