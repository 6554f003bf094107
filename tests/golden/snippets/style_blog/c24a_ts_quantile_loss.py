# Pinball (quantile) loss for probabilistic forecasts
import torch

def pinball(pred, target, q):
    err = target - pred
    return torch.max(q * err, (q - 1) * err).mean()

target = torch.tensor([10.0, 12.0, 9.0, 11.0])
pred = torch.tensor([11.0, 11.0, 11.0, 11.0], requires_grad=True)
for q in [0.1, 0.5, 0.9]:
    l = pinball(pred, target, q)
    print(q, l.item())
loss = pinball(pred, target, 0.9)
loss.backward()
print(pred.grad)
qs = torch.tensor([0.1, 0.5, 0.9])
err = target.unsqueeze(1) - pred.detach().unsqueeze(1)
print(torch.maximum(qs * err, (qs - 1) * err).mean(0))
