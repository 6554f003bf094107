import torch

big = torch.tensor(2 ** 62)
print(big, big.dtype)
print(big * 2)
print(big * 4)
print(torch.iinfo(torch.int64).max, torch.iinfo(torch.int64).min)
m = torch.tensor(torch.iinfo(torch.int64).max)
print(m + 1)
print(torch.tensor([2 ** 31 - 1], dtype=torch.int32) + 1)
print(torch.tensor([100], dtype=torch.int8) * 2)
print(torch.tensor([250], dtype=torch.uint8) + 10)
print(torch.tensor([-1]).to(torch.uint8))
print(torch.tensor(3000000000).dtype)
try:
    torch.tensor(2 ** 64)
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([10 ** 18, 9 * 10 ** 18]).sum())
print(torch.arange(1, 25).prod())
