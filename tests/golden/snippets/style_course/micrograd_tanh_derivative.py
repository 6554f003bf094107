# Local derivative of tanh: 1 - tanh(x)^2 against autograd, in float32.
import torch

x = torch.linspace(-2, 2, 9, requires_grad=True)
t = torch.tanh(x)
t.sum().backward()
print(t)
print(x.grad)
print(1 - t.detach()**2)
print(torch.allclose(x.grad, 1 - t.detach()**2))
