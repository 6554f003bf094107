import torch

stamps = torch.tensor([5, 1, 4, 2, 3])
values = torch.tensor([50.0, 10.0, 40.0, 20.0, 30.0])
order = torch.argsort(stamps)
print(stamps[order], values[order])
_, rank = torch.sort(order)
print(rank)
print(torch.msort(torch.tensor([[3.0, 1.0], [1.0, 2.0]])))
print(values.argmax(), values.flip(0).argmax())
