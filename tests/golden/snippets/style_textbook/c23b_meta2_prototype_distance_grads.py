import torch
import torch.nn.functional as F

# Prototypical network step: class means from a support set, distances for the query
torch.manual_seed(39)
emb = torch.nn.Linear(3, 2)
support = torch.randn(6, 3)
s_lab = torch.tensor([0, 0, 1, 1, 2, 2])
query = torch.randn(3, 3)
q_lab = torch.tensor([2, 0, 1])
z = emb(support)
protos = torch.stack([z[s_lab == c].mean(0) for c in range(3)])
d = torch.cdist(emb(query), protos) ** 2
loss = F.cross_entropy(-d, q_lab)
loss.backward()
print(protos.shape, d.shape, d.grad_fn.name())
print(emb.weight.grad.shape, (-d).argmax(1).shape)
