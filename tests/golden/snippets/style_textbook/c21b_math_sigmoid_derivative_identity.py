# sigmoid'(x) = sigmoid(x)(1 - sigmoid(x)); tanh'(x) = 1 - tanh^2(x)
import torch

x = torch.linspace(-3, 3, 7, requires_grad=True)
s = torch.sigmoid(x)
(g,) = torch.autograd.grad(s.sum(), x)
print(g)
print(torch.allclose(g, s * (1 - s)))
t = torch.tanh(x)
(gt,) = torch.autograd.grad(t.sum(), x)
print(torch.allclose(gt, 1 - t ** 2))
print(g.max(), x[g.argmax()])
