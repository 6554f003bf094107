# Lecture: walking the backward graph through grad_fn.next_functions.
import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)
x = torch.tensor([2.0, 3.0])
loss = torch.sigmoid(x @ w + b).log().neg()

def walk(fn, depth=0):
    if fn is None:
        return
    name = type(fn).__name__
    extra = ""
    if name == "AccumulateGrad":
        extra = f" -> leaf {tuple(fn.variable.shape)}"
    print("  " * depth + name + extra)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1)

walk(loss.grad_fn)
print(loss.grad_fn.next_functions)
print(loss)
loss.backward()
print(w.grad, b.grad)
print(x.grad_fn, (x * 2).grad_fn, w.grad_fn)
