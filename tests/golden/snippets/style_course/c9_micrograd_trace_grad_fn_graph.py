# micrograd's draw_dot trace, done on torch's graph: walk grad_fn.next_functions to list nodes and edges.
import torch

def trace(root):
    nodes, edges = [], []
    seen = set()
    def build(fn):
        if fn is None or fn in seen:
            return
        seen.add(fn)
        nodes.append(fn)
        for child, _ in fn.next_functions:
            if child is not None:
                edges.append((type(child).__name__, type(fn).__name__))
                build(child)
    build(root.grad_fn)
    return nodes, edges

x1 = torch.tensor(2.0, dtype=torch.double, requires_grad=True)
x2 = torch.tensor(0.0, dtype=torch.double, requires_grad=True)
w1 = torch.tensor(-3.0, dtype=torch.double, requires_grad=True)
w2 = torch.tensor(1.0, dtype=torch.double, requires_grad=True)
b = torch.tensor(6.8813735870195432, dtype=torch.double, requires_grad=True)
n = x1 * w1 + x2 * w2 + b
o = torch.tanh(n)
nodes, edges = trace(o)
print(len(nodes), len(edges))
for node in nodes:
    print(type(node).__name__, node.name())
print(sorted(set(edges)))
leaves = [fn.variable.shape for fn in nodes if hasattr(fn, "variable")]
print(leaves)
o.backward()
print(o.data.item())
print("x1", x1.grad.item(), "w1", w1.grad.item(), "x2", x2.grad.item(), "w2", w2.grad.item())
print(o.grad_fn.next_functions[0][0].next_functions)
print(type(o.grad_fn).__module__)
