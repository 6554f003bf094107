# Gumbel-max trick by hand: -log(-log(U)) noise then argmax / softmax
import torch
torch.manual_seed(32)
logits = torch.log(torch.tensor([0.1, 0.6, 0.3]))
u = torch.rand(1000, 3)
g = -torch.log(-torch.log(u + 1e-20) + 1e-20)
samples = (logits + g).argmax(dim=1)
print(torch.bincount(samples, minlength=3))
y = torch.softmax((logits + g[:2]) / 0.1, dim=-1)
print(y)
