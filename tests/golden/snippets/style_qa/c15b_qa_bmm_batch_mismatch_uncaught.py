# Q: batched matrix multiply complains about the batch dimension.
import torch

a = torch.randn(2, 3, 4)
b = torch.randn(2, 4, 5)
print(torch.bmm(a, b).shape)
print(torch.matmul(a, torch.randn(4, 5)).shape)
c = torch.randn(3, 4, 5)
torch.bmm(a, c)
