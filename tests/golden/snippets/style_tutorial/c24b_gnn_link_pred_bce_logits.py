# link prediction with dot-product scores and BCEWithLogitsLoss
import torch
import torch.nn as nn

z = torch.tensor([[1., 0.], [0.5, 0.5], [0., 1.], [-1., 0.]], requires_grad=True)
pos = torch.tensor([[0, 1], [1, 2]])
neg = torch.tensor([[0, 3], [2, 1]])
def score(e):
    return (z[e[0]] * z[e[1]]).sum(-1)
logits = torch.cat([score(pos), score(neg)])
labels = torch.cat([torch.ones(2), torch.zeros(2)])
print(logits)
loss_fn = nn.BCEWithLogitsLoss()
loss = loss_fn(logits, labels)
print(loss)
loss.backward()
print(z.grad)
print(loss_fn)
