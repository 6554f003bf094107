# Lecture: print the graph of a two-layer net as an indented table.
import torch

torch.manual_seed(0)
W1 = torch.randn(3, 4, requires_grad=True)
b1 = torch.zeros(4, requires_grad=True)
W2 = torch.randn(4, 1, requires_grad=True)
x = torch.randn(2, 3)
h = torch.relu(x @ W1 + b1)
out = (h @ W2).mean()

seen = set()
def show(fn, depth=0):
    if fn is None:
        print("  " * depth + "None")
        return
    tag = "(seen)" if fn in seen else ""
    seen.add(fn)
    print("  " * depth + fn.name() + tag)
    for child, idx in fn.next_functions:
        show(child, depth + 1)

show(out.grad_fn)
print(len(seen))
out.backward()
print(W2.grad.flatten())
print(b1.grad)
