# torch.autograd.grad: a dict of inputs gives a dict of gradients; non-tensors are refused in its words
import collections
import torch
x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2 + (w ** 2).sum()
print(torch.autograd.grad(y, {"x": x, "w": w}, retain_graph=True))
for bad in ([[x]], "x", None, collections.OrderedDict(a=x), [x, 3], {}, ()):
    try:
        print(torch.autograd.grad(y, bad, retain_graph=True))
    except Exception as e:
        print(type(e).__name__, str(e)[:100])
for outs in ([y, 3.0], [3.0, y], "y"):
    try:
        torch.autograd.grad(outs, x, retain_graph=True)
    except Exception as e:
        print(type(e).__name__, str(e)[:100])
try:
    torch.autograd.grad(w * 2, [], retain_graph=True)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
print(torch.autograd.grad(y, {"x": x}, materialize_grads=True, retain_graph=True))
print(torch.autograd.grad(x * 3, {"x": x, "w": w}, allow_unused=True))
