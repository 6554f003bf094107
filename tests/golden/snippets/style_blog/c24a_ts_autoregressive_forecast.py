# Multi-step forecasting by feeding predictions back in
import torch

weights = torch.tensor([0.5, 0.25, 0.25])
history = torch.tensor([1.0, 2.0, 4.0])
window = history.clone()
preds = []
for step in range(4):
    nxt = (window * weights.flip(0)).sum()
    preds.append(nxt)
    window = torch.cat([window[1:], nxt.unsqueeze(0)])
print(torch.stack(preds))
print(window)
print(torch.stack(preds).requires_grad)
