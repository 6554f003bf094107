import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.ones(1, 3)
out = model(x).squeeze()
print(out.shape, out.dim())
target = torch.tensor([1.0])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    nn.functional.mse_loss(out, target)
print([str(m.message) for m in w])
print(model(x).squeeze(1).shape, model(torch.ones(4, 3)).squeeze().shape)
logits = torch.tensor([[2.0, 1.0]]).squeeze()
try:
    nn.functional.cross_entropy(logits, torch.tensor([0]))
except Exception as e:
    print(type(e).__name__, e)
