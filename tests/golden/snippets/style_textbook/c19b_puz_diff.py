# Puzzle 8: diff(a) = a[i] - a[i-1] using slicing
import torch

def diff(a):
    return a[1:] - a[:-1]

a = torch.tensor([1, 4, 9, 16, 25])
print(diff(a), torch.diff(a))
print(torch.diff(a, n=2))
print(torch.diff(a, prepend=torch.tensor([0])))
b = torch.tensor([True, False, False, True])
print(torch.diff(b))
try:
    print(diff(b))
except RuntimeError as e:
    print(e)
