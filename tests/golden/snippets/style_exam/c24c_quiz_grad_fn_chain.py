# Quiz 22: walk the graph through next_functions
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
out = ((a * b).sum() + a.mean()) * 2
fn = out.grad_fn
print(fn.name())
for f, i in fn.next_functions:
    print(" ", f.name() if f is not None else None, i)
add = fn.next_functions[0][0]
for f, i in add.next_functions:
    print("   ", type(f).__name__, i)
