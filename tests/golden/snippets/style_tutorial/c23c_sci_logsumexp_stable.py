# logsumexp avoids overflow where log(sum(exp)) fails; gradient is softmax.
import torch

x = torch.tensor([1000.0, 1000.0, 999.0], dtype=torch.float64, requires_grad=True)
print(torch.log(torch.exp(x).sum()))
lse = torch.logsumexp(x, dim=0)
print(lse.round(decimals=6))
lse.backward()
print(x.grad.round(decimals=6))
print(torch.logsumexp(torch.tensor([[0.0, float("-inf")]]), dim=1))
