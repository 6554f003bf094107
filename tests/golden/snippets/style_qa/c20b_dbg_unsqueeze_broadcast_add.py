# adding a bias of the wrong shape broadcasts silently
import torch

x = torch.ones(3, 2)
bias = torch.tensor([10.0, 20.0, 30.0])
try:
    print(x + bias)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x + bias.unsqueeze(1))
print((x.T + bias).T)
col = torch.tensor([[1.0], [2.0]])
print((torch.ones(2) + col).shape)
