import torch

x = torch.arange(12).view(3, 4)
print(torch.index_select(x, 1, torch.tensor([0, 3])))
print(torch.masked_select(x, x % 5 == 0))
try:
    torch.index_select(x, 0, torch.tensor([[0, 1]]))
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.masked_select(x, torch.tensor([True, False]))
except Exception as e:
    print(type(e).__name__, e)
