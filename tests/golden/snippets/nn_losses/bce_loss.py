import torch
from torch import nn

logits = torch.tensor([0.8, -1.2, 2.0, 0.0], requires_grad=True)
probs = torch.sigmoid(logits)
target = torch.tensor([1.0, 0.0, 0.0, 1.0])
loss = nn.BCELoss()(probs, target)
print(loss, loss.grad_fn)
loss.backward()
print(logits.grad)
print(nn.BCELoss(weight=torch.tensor([1.0, 2.0, 1.0, 0.5]), reduction="none")(probs, target))
print(nn.BCELoss()(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
try:
    nn.BCELoss()(torch.tensor([0.5, 1.5]), torch.tensor([1.0, 0.0]))
except RuntimeError as e:
    print("RuntimeError", e)
