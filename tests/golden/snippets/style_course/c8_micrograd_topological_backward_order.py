# The order backward visits nodes: walking torch's grad_fn graph like micrograd's topological sort.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(-3.0, requires_grad=True)
c = a * b
d = c + a
e = d.tanh()
seen, order = set(), []

def build(fn):
    if fn is None or fn in seen:
        return
    seen.add(fn)
    for nxt, _ in fn.next_functions:
        build(nxt)
    order.append(type(fn).__name__)

build(e.grad_fn)
print(order)
print(e.grad_fn.next_functions)
print(c.grad_fn.next_functions[0][0].variable is a)
e.backward()
print(a.grad, b.grad)
print(e.is_leaf, c.is_leaf, a.is_leaf, e.grad_fn.name(), d.grad_fn.next_functions[1][1])
