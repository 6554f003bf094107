# torch.special.softmax / log_softmax / logsumexp / log1p / expm1 / exp2 / ndtr / i0
import torch

t = torch.ones(2, 2)
print(torch.special.softmax(t, 0))
print(torch.special.log_softmax(t, 0))
print(torch.special.logsumexp(torch.tensor([[1., 2.], [3., 4.]]), 1))
print(torch.special.log1p(torch.tensor([1e-8, 1.0])))
print(torch.special.expm1(torch.tensor([0., 1.])))
print(torch.special.exp2(torch.tensor([0., 3.])))
print(torch.special.ndtr(torch.tensor([-3., -2, -1, 0, 1, 2, 3])))
print(torch.special.i0(torch.arange(5, dtype=torch.float32)))
print(torch.special.round(torch.tensor([0.5, 1.5])))
