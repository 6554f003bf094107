# Q: BCELoss / BCEWithLogitsLoss "Found dtype Long but expected Float" with 0/1 integer labels.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 1, requires_grad=True)
y = torch.tensor([1, 0, 1, 1])
try:
    nn.BCEWithLogitsLoss()(logits, y)
except ValueError as e:
    print("ValueError:", e)
try:
    nn.BCEWithLogitsLoss()(logits.squeeze(1), y)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BCELoss()(torch.sigmoid(logits).squeeze(1), y)
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.BCEWithLogitsLoss()(logits.squeeze(1), y.float())
print(loss)
loss.backward()
print(logits.grad.T)
print(nn.BCEWithLogitsLoss()(logits, y.float().unsqueeze(1)), nn.BCEWithLogitsLoss()(logits.view(-1), y.to(logits.dtype)))
try:
    nn.functional.mse_loss(logits.squeeze(1), y)
except RuntimeError as e:
    print("RuntimeError:", e)
