# Q: why is my loss a matrix? (N,) - (N,1) broadcasting
import torch

yhat = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.5, 2.0, 2.5])
resid = yhat - target
print(resid.shape)
print(resid)
print(((yhat - target) ** 2).mean(), ((yhat.squeeze(1) - target) ** 2).mean())
