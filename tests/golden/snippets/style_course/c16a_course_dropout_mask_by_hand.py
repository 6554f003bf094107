# Inverted dropout by hand (mask / keep_prob) compared with F.dropout's statistics
import torch
import torch.nn.functional as F

torch.manual_seed(1675)
a = torch.ones(4, 8)
keep_prob = 0.75
mask = (torch.rand(a.shape) < keep_prob).float()
out = a * mask / keep_prob
print(out)
print(out.mean().item(), mask.mean().item())
torch.manual_seed(1675)
d = F.dropout(a, p=0.25, training=True)
print(d)
print(torch.unique(d), F.dropout(a, p=0.25, training=False).equal(a))
