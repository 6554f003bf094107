# Lecture: AccumulateGrad nodes point at the leaves.
import torch

a = torch.tensor([2.0, 3.0], requires_grad=True)
b = torch.tensor([1.0, -1.0], requires_grad=True)
c = (a * b + a).sum()
fn = c.grad_fn
print(fn)
first = fn.next_functions[0][0]
print(first.name())
for nxt, _ in first.next_functions:
    print(nxt.name() if nxt is not None else None)
leaf_nodes = []
stack = [c.grad_fn]
while stack:
    f = stack.pop()
    for n, _ in f.next_functions:
        if n is None:
            continue
        if n.name() == "torch::autograd::AccumulateGrad":
            leaf_nodes.append(n)
        else:
            stack.append(n)
print(len(leaf_nodes))
print(all(n.variable is a or n.variable is b for n in leaf_nodes))
print(type(leaf_nodes[0]).__name__)
c.backward()
print(a.grad, b.grad)
