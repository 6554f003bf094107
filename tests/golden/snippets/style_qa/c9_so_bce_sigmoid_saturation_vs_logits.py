# Q: BCELoss(sigmoid(x)) gives 100 for large logits (log clamped at -100); BCEWithLogits stays exact; the gradient.
import torch
import torch.nn as nn

x = torch.tensor([-120.0, -20.0, 0.0, 20.0, 120.0], requires_grad=True)
y = torch.tensor([1.0, 1.0, 1.0, 0.0, 0.0])
p = torch.sigmoid(x)
print(p)
print(nn.BCELoss(reduction="none")(p, y))
print(nn.BCEWithLogitsLoss(reduction="none")(x, y))
loss = nn.BCELoss()(p, y)
loss.backward()
print(loss, x.grad)
x.grad = None
loss2 = nn.BCEWithLogitsLoss()(x, y)
loss2.backward()
print(loss2, x.grad)
manual = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
print(manual)
print(torch.log(torch.tensor(0.0)), torch.log1p(-torch.tensor(1.0)))
print(nn.functional.logsigmoid(torch.tensor([-120.0, 120.0])))
