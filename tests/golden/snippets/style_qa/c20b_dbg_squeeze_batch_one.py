# squeeze() removes the batch dimension too when batch size is 1
import torch
import torch.nn as nn

torch.manual_seed(34)
model = nn.Linear(3, 1)
for bs in (4, 1):
    x = torch.randn(bs, 3)
    out = model(x).squeeze()
    print(bs, out.shape)
out = model(torch.randn(1, 3)).squeeze(-1)
print(out.shape)
y = torch.tensor([1])
print(nn.functional.binary_cross_entropy_with_logits(out, y.float()).shape)
