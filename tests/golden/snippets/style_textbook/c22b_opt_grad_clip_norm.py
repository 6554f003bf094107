import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Linear(5, 3)
out = net(torch.randn(4, 5) * 10)
out.sum().backward()
total = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
print(f"pre-clip norm {total.item():.4f}")
post = torch.sqrt(sum(p.grad.pow(2).sum() for p in net.parameters()))
print(f"post-clip norm {post.item():.4f}")
nn.utils.clip_grad_value_(net.parameters(), clip_value=0.1)
print(net.bias.grad)
print(max(p.grad.abs().max().item() for p in net.parameters()) <= 0.1)
