# Puzzle 7: cumsum with a triangular matmul
import torch

def cumsum(a):
    n = a.shape[0]
    tri = (torch.arange(n)[:, None] <= torch.arange(n)).long()
    return a @ tri

a = torch.tensor([1, 2, 3, 4, 5])
print(cumsum(a), torch.cumsum(a, 0))
f = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(f @ (torch.arange(4)[:, None] <= torch.arange(4)).float())
print(f.cumsum(0))
print(torch.tensor([True, False, True]).cumsum(0))
try:
    print(cumsum(f))
except RuntimeError as e:
    print("RuntimeError:", e)
