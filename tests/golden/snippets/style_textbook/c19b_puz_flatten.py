# Puzzle 17: flatten a matrix using // and %
import torch

def flatten(a):
    i, j = a.shape
    k = torch.arange(i * j)
    return a[k // j, k % j]

a = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(flatten(a), a.flatten(), a.view(-1))
k = torch.arange(6)
print(k // 3, k % 3)
print(torch.div(k, 3, rounding_mode="floor"))
print(k / 3)
print(a.t().flatten(), a.t().is_contiguous())
try:
    a.t().view(-1)
except RuntimeError as e:
    print(e)
