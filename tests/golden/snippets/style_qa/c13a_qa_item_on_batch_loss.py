# Q: "a Tensor with 4 elements cannot be converted to Scalar" when logging the loss with reduction='none'.
import torch
import torch.nn as nn

torch.manual_seed(24)
pred, target = torch.randn(4), torch.randn(4)
loss = nn.MSELoss(reduction="none")(pred, target)
try:
    print(loss.item())
except RuntimeError as e:
    print("RuntimeError:", e)
print(round(loss.mean().item(), 5), round(loss.sum().item(), 5))
print(type(loss[0].item()), loss.tolist() == [v.item() for v in loss])
try:
    float(loss)
except TypeError as e:
    print("TypeError:", e)
except RuntimeError as e:
    print("RuntimeError:", e)
print(float(loss[:1]), int(torch.tensor([[7]])))
try:
    bool(loss > 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(bool((loss > 0).all()))
print(torch.tensor(2.5).item(), torch.tensor([3]).item(), torch.tensor(True).item())
