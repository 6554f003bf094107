# torch.special.entr: -x * log(x), 0 at 0, -inf below 0, and its gradient -(1 + log(x)).
import torch

x = torch.tensor([0.0, 0.25, 1.0, -1.0, float("nan"), 3.0, 1e-30, 0.5], requires_grad=True)
y = torch.special.entr(x)
print(y)
y.sum().backward()
print(x.grad)
print(torch.special.entr(torch.tensor([0, 1, 2])))
print(torch.special.entr(torch.tensor([0.3, 0.7], dtype=torch.float64)))
p = torch.softmax(torch.randn(4, 5), dim=1)
print(torch.special.entr(p).sum(1))
print(torch.allclose(torch.special.entr(p).sum(1), -(p * p.log()).sum(1)))
