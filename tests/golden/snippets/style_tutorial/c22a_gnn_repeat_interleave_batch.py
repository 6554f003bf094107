import torch

sizes = torch.tensor([2, 3, 1])
batch = torch.repeat_interleave(torch.arange(3), sizes)
print(batch)
ptr = torch.cat([torch.zeros(1, dtype=torch.long), sizes.cumsum(0)])
print(ptr)
x = torch.arange(6.0)
print([x[ptr[i]:ptr[i + 1]].tolist() for i in range(3)])
print(torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2, dim=0))
