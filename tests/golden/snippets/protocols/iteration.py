import torch

m = torch.tensor([[1, 2], [3, 4]])
for row in m:
    print(row)
for x in torch.tensor([1.5, 2.5]):
    print(x, x.item())
print(list(torch.tensor([1, 2, 3])))
a, b = torch.tensor([10., 20.])
print(a, b)
print([t * 2 for t in torch.arange(3)])
