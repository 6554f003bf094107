import torch

x = torch.tensor([[1.0, 3.0], [4.0, 2.0]])
print(x.argmax(keepdim=True), x.argmin(keepdim=True), torch.argmax(x, keepdim=True).shape)
print(x.argmax(), x.argmax(dim=1, keepdim=True), torch.tensor(5.0).argmax(keepdim=True))
print(torch.ones(2, 1, 3).argmin(keepdim=True).shape)
