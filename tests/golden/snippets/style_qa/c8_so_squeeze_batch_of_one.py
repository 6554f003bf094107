# Q: squeeze() removed my batch dimension when the batch size is 1: squeeze a specific dim instead.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
for n in (3, 1):
    x = torch.randn(n, 4)
    out = model(x)
    print(n, out.shape, out.squeeze().shape, out.squeeze(1).shape, out.squeeze(-1).shape)
    target = torch.randn(n)
    print(nn.functional.mse_loss(out.squeeze(1), target).shape)
t = torch.zeros(1, 3, 1, 2)
print(t.squeeze().shape, t.squeeze(0).shape, t.squeeze(1).shape, t.squeeze((0, 2)).shape)
print(t.unsqueeze(-1).shape, t.unsqueeze(0).shape, t[None].shape, t[:, None].shape, t[..., None].shape)
try:
    t.unsqueeze(6)
except IndexError as e:
    print("IndexError:", e)
print(torch.tensor(5.).unsqueeze(0).unsqueeze(0).shape, torch.tensor([5.]).squeeze().shape)
