# Q: "zero-dimensional tensor cannot be concatenated" when collecting per-batch losses. stack them, or keep floats.
import torch

losses = [torch.tensor(0.5), torch.tensor(0.25), torch.tensor(0.125)]
try:
    torch.cat(losses)
except RuntimeError as e:
    print(e)
s = torch.stack(losses)
print(s, s.mean(), s.shape)
print(torch.tensor([l.item() for l in losses]).sum())
print(torch.cat([l.unsqueeze(0) for l in losses]), torch.cat([l.view(1) for l in losses]).dtype)
w = torch.tensor(1.0, requires_grad=True)
history = [w * k for k in range(1, 4)]
total = torch.stack(history).sum()
total.backward()
print(total, w.grad)
floats = [h.item() for h in history]
print(floats, sum(floats) / len(floats))
print(torch.hstack(losses), torch.atleast_1d(losses[0]))
mixed = [torch.tensor(1), torch.tensor(2.5)]
print(torch.stack(mixed), torch.stack(mixed).dtype)
