# Q: "element 0 of tensors does not require grad" - I reused my validation loss for training
import torch
from torch import nn

torch.manual_seed(3)
clf = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
batches = [(torch.randn(5, 3), torch.randint(0, 2, (5,))) for _ in range(2)]
clf.eval()
with torch.no_grad():
    val_loss = sum(nn.functional.cross_entropy(clf(xb), yb) for xb, yb in batches)
print(val_loss.requires_grad, val_loss.grad_fn)
clf.train()
try:
    val_loss.backward()
except RuntimeError as e:
    print(e)
xb, yb = batches[0]
nn.functional.cross_entropy(clf(xb), yb).backward()
print(clf[2].bias.grad.shape)
