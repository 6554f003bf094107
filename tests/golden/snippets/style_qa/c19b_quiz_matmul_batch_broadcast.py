# Quiz 98: batched @ with broadcasting batch dims
import torch

a = torch.ones(2, 1, 3, 4)
b = torch.ones(5, 4, 2)
print((a @ b).shape)
print((torch.ones(3, 4) @ torch.ones(7, 4, 2)).shape)
print((torch.ones(4) @ torch.ones(2, 4, 5)).shape)
try:
    torch.ones(2, 3, 4) @ torch.ones(3, 4, 5)
except RuntimeError as e:
    print(e)
try:
    torch.bmm(torch.ones(2, 3, 4), torch.ones(4, 5))
except RuntimeError as e:
    print(e)
