# Q: squeeze() removed my batch dimension when batch size was 1
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
for batch in (4, 1):
    out = model(torch.randn(batch, 3))
    print(batch, out.squeeze().shape, out.squeeze(-1).shape, out.view(-1).shape)
print(torch.zeros(1, 1).squeeze().shape, torch.zeros(1, 1).squeeze().dim())
