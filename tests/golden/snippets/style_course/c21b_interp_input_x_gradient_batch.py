# input x gradient for a whole batch at once, each row w.r.t. its own predicted class
import torch
import torch.nn as nn

torch.manual_seed(1)
clf = nn.Sequential(nn.Linear(4, 6), nn.Softplus(), nn.Linear(6, 3))
X = torch.randn(5, 4, requires_grad=True)
logits = clf(X)
preds = logits.argmax(dim=1)
selected = logits.gather(1, preds.unsqueeze(1)).squeeze(1)
print(preds, selected.grad_fn)
selected.sum().backward()
attributions = X.grad * X
print(attributions)
print(attributions.abs().argmax(dim=1))
