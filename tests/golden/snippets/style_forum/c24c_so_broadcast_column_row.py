# Q: why is my loss a matrix? (N,) - (N,1) broadcasting
import torch

pred = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.tensor([1.5, 2.0, 2.5])
diff = pred - y
print(diff.shape)
print(diff)
print(((pred - y) ** 2).mean(), ((pred.squeeze(1) - y) ** 2).mean())
