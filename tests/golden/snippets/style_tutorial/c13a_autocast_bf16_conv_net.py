# Autocast on CPU with a conv net: conv and linear run in bfloat16, pooling keeps the dtype, the loss is float32.
import torch
import torch.nn as nn

torch.manual_seed(32)
net = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 3 * 3, 2))
x = torch.randn(2, 3, 8, 8)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    feats = net[0](x)
    pooled = net[2](net[1](feats))
    logits = net[4](net[3](pooled))
    loss = nn.functional.cross_entropy(logits, torch.tensor([0, 1]))
print(feats.dtype, pooled.dtype, logits.dtype, loss.dtype)
loss.backward()
print(net[0].weight.grad.dtype, net[4].bias.grad.shape)
ref = net(x)
print((logits.float() - ref).abs().max().item() < 0.1)
print(logits.float().argmax(1), ref.argmax(1))
with torch.autocast("cpu", dtype=torch.bfloat16):
    a = torch.randn(2, 2) @ torch.randn(2, 2)
    b = torch.ones(3).sum()
print(a.dtype, b.dtype)
