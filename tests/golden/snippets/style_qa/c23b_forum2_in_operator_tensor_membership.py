import torch

x = torch.tensor([1, 2, 3])
print(2 in x, 5 in x, torch.tensor(3) in x)
try:
    print(torch.tensor([1, 2]) in x)
except Exception as e:
    print(type(e).__name__, e)
print(torch.isin(torch.tensor([1, 4]), x))
print([v for v in x if v > 1])
try:
    print("a" in x)
except Exception as e:
    print(type(e).__name__, e)
