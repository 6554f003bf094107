import torch

x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]])
print(x.argmax(dim=1), x.argmin(dim=1))
print(x.argmax(), x.argmax(dim=1, keepdim=True).shape)
print(torch.tensor([float("nan"), 1.0]).argmax())
try:
    torch.tensor([]).argmax()
except Exception as e:
    print(type(e).__name__, e)
print(x.max(dim=1).indices, x.topk(1, dim=1).indices.squeeze(1))
