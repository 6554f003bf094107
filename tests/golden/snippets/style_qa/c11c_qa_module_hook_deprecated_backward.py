# Q: register_backward_hook vs register_full_backward_hook - and reading grad_input for an activation.
import torch
import torch.nn as nn

act = nn.Sigmoid()
seen = []
act.register_full_backward_hook(lambda m, gin, gout: seen.append((gin[0], gout[0])))
x = torch.tensor([[-2.0, 0.0, 2.0]], requires_grad=True)
y = act(x)
y.backward(torch.ones_like(y))
gin, gout = seen[0]
print(gin)
print(gout)
print(x.grad)
print(torch.allclose(gin, y.detach() * (1 - y.detach())))
lin = nn.Linear(3, 1)
h = lin.register_full_backward_hook(lambda m, gin, gout: (gin[0] * 0,))
z = torch.ones(2, 3, requires_grad=True)
lin(z).sum().backward()
print(z.grad, lin.bias.grad)
h.remove()
