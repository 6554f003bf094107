# The derivative of sigmoid: autograd, the closed form s(1-s), and a forward difference in float32
import torch

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
s = torch.sigmoid(x)
s.sum().backward()
print(x.grad)
print(s * (1 - s))
h = 1e-3
with torch.no_grad():
    print((torch.sigmoid(x + h) - torch.sigmoid(x)) / h)
print(torch.equal(x.grad, (s * (1 - s)).detach()))
