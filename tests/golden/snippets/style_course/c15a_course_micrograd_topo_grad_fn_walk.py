# micrograd lecture: build a topological order by walking torch's grad_fn graph
import torch

x1 = torch.tensor(2.0, requires_grad=True)
x2 = torch.tensor(0.0, requires_grad=True)
w1 = torch.tensor(-3.0, requires_grad=True)
w2 = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(6.8813735870195432, requires_grad=True)
n = x1 * w1 + x2 * w2 + b
o = torch.tanh(n)
topo, visited = [], set()
def build_topo(fn):
    if fn is not None and fn not in visited:
        visited.add(fn)
        for child, _ in fn.next_functions:
            build_topo(child)
        topo.append(fn)
build_topo(o.grad_fn)
print([type(f).__name__ for f in topo])
o.backward()
print(o.item())
print("x1", x1.grad.item(), "w1", w1.grad.item())
print("x2", x2.grad.item(), "w2", w2.grad.item())
print(b.item(), b.grad)
