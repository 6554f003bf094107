# Q: "Found dtype Long but expected Float" with MSELoss
import torch
import torch.nn as nn

pred = torch.tensor([0.5, 1.5, 2.5], requires_grad=True)
target = torch.tensor([1, 2, 3])
loss = nn.MSELoss()(pred, target)
print(loss, loss.dtype)
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.MSELoss()(pred, target.float())
loss.backward()
print(loss, pred.grad)
