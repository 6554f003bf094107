# softplus = log(1 + exp(x)): naive overflow versus F.softplus and its threshold
import torch
import torch.nn.functional as F

x = torch.tensor([-100.0, -10.0, 0.0, 10.0, 50.0, 100.0])
print("naive:", torch.log(1 + torch.exp(x)))
print("log1p:", torch.log1p(torch.exp(x)))
print("F.softplus:", F.softplus(x))
print("beta=2:", F.softplus(x, beta=2, threshold=10))
x.requires_grad_()
F.softplus(x).sum().backward()
print("grad = sigmoid:", x.grad)
