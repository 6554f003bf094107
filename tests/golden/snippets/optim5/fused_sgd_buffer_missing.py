import torch
import torch.nn as nn

# Fused SGD makes momentum buffers only at a step where no parameter has one yet
torch.manual_seed(0)
encoder, head = nn.Linear(4, 3), nn.Linear(3, 1)
opt = torch.optim.SGD(list(encoder.parameters()) + list(head.parameters()), lr=0.1, momentum=0.9, fused=True)
x = torch.randn(8, 4)
head(x[:, :3]).sum().backward()          # only the head gets gradients at first
opt.step()
print([len(opt.state[p]) for p in list(encoder.parameters()) + list(head.parameters())])
opt.zero_grad()
head(encoder(x)).sum().backward()
try:
    opt.step()
except TypeError as e:
    print("TypeError:", e)
print(encoder.bias.tolist())
