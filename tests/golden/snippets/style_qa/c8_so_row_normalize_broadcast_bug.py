# Q: normalising rows of a count matrix gives wrong probabilities: P / P.sum(1) without keepdim.
import torch

torch.manual_seed(0)
N = torch.randint(0, 10, (4, 4)).float()
print(N)
wrong = N / N.sum(1)
right = N / N.sum(1, keepdim=True)
print(N.sum(1).shape, N.sum(1, keepdim=True).shape)
print(wrong.sum(1))
print(right.sum(1))
print(wrong)
print(torch.allclose(wrong.T.sum(0), torch.ones(4)))
print(N.sum(0) / N.sum())
try:
    N / N.sum(1)[:3]
except RuntimeError as e:
    print("RuntimeError:", e)
E = torch.randint(0, 5, (3, 2)).float()
print(E / E.sum(0), (E / E.sum(0)).sum(0))
