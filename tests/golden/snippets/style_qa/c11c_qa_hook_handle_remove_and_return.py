# Q: my tensor hook keeps firing / how do I change a gradient in a hook and then stop it?
import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
calls = []
handle = x.register_hook(lambda g: calls.append(g.clone()))
for i in range(3):
    (x ** 2).sum().backward()
print(len(calls), x.grad)
handle.remove()
(x ** 2).sum().backward()
print(len(calls), x.grad)
x.grad = None
h2 = x.register_hook(lambda g: g.masked_fill(g < 0, 0.0))
(x ** 3).sum().backward()
print(x.grad)
h2.remove()
y = x * 2
y.register_hook(lambda g: print("not a float?", g.dtype) or None)
y.sum().backward()
print(x.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
