# Feature extraction: freeze a "pretrained" layer and train only the head
import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.Linear(4, 3)
head = nn.Linear(3, 2)
backbone.requires_grad_(False)
opt = torch.optim.Adam(head.parameters(), lr=1e-2)
x, y = torch.randn(5, 4), torch.tensor([0, 1, 1, 0, 1])
loss = nn.functional.cross_entropy(head(backbone(x)), y)
loss.backward()
opt.step()
print(f"loss = {loss.item():.4f}")
print("backbone grad:", backbone.weight.grad)
print("head grad norm:", head.weight.grad.norm().item())
trainable = [n for n, p in nn.Sequential(backbone, head).named_parameters() if p.requires_grad]
print("trainable:", trainable)
