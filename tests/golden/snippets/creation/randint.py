import torch

torch.manual_seed(1)
print(torch.randint(0, 10, (5,)))
print(torch.randint(10, (2, 3)))
print(torch.randint(-5, 5, (4,)))
t = torch.randint(0, 2, (3,))
print(t.dtype, t.shape)
print(torch.randint(3, 4, (2,), dtype=torch.float32))
