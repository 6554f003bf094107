import torch
from torch.autograd.graph import Node

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * 3).exp()
n = y.grad_fn
print(isinstance(n, Node), isinstance(x, Node), isinstance(None, Node))
print(n.name(), [(f.name(), nr) for f, nr in n.next_functions])
acc = n.next_functions[0][0].next_functions[0][0]
print(isinstance(acc, Node), acc.name(), acc.next_functions, acc.variable is x)

n.metadata["step"] = 1
print(y.grad_fn.metadata, acc.metadata)

h1 = n.register_hook(lambda gi, go: print("post", gi, go))
h2 = n.register_prehook(lambda go: print("pre", go))
n.next_functions[0][0].register_prehook(lambda go: (go[0] * 2,))
acc.register_hook(lambda gi, go: print("acc post", gi, go))
y.sum().backward(retain_graph=True)
print(x.grad)
h1.remove()
h2.remove()
print(type(h1).__module__, type(h1).__name__)

for hook in (lambda go: go[0], lambda go: (go[0], go[0])):
    h = n.register_prehook(hook)
    try:
        y.sum().backward(retain_graph=True)
    except Exception as e:
        print(type(e).__name__, e)
    h.remove()

z = x * 2
z.grad_fn.register_hook(lambda gi, go: (torch.full_like(gi[0], 7.0),) + gi[1:])
x.grad = None
z.sum().backward()
print(x.grad)
