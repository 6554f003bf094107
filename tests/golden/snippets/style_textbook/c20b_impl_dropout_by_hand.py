# inverted dropout by hand, seeded the same way as F.dropout
import torch
import torch.nn.functional as F

x = torch.ones(2, 6)
torch.manual_seed(19)
ref = F.dropout(x, p=0.5, training=True)
torch.manual_seed(19)
mask = (torch.rand_like(x) > 0.5).float()
mine = x * mask / 0.5
print(ref)
print(mine)
print(ref.sum(), (ref == 0).sum())
