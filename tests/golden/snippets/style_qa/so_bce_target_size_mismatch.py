# Q: "Target size (torch.Size([4])) must be the same as input size (torch.Size([4, 1]))" with BCELoss.
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(3, 1), nn.Sigmoid())
x = torch.randn(4, 3)
y = torch.tensor([0, 1, 1, 0])
out = model(x)
print(out.shape, y.shape)
for loss_fn in (nn.BCELoss(), nn.BCEWithLogitsLoss()):
    try:
        loss_fn(out, y)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    nn.BCELoss()(out.squeeze(1), y)
except RuntimeError as e:
    print(type(e).__name__, e)
loss = nn.BCELoss()(out.squeeze(1), y.float())
print(loss)
print(nn.BCELoss()(out, y.float().unsqueeze(1)).item() == loss.item())
